package ai.talkturo.numbers.routing.adapter.persistence;

import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.Campaigns;
import ai.talkturo.numbers.domain.campaign.Contact;
import ai.talkturo.numbers.domain.campaign.ContactStatus;
import ai.talkturo.numbers.domain.campaign.ContactTally;
import ai.talkturo.numbers.domain.campaign.ContactWait;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Campaigns} in {@code campaigns} and {@code campaign_contacts}. A claim holds the campaign's row while it
 * counts the contacts being dialled and takes the next pending one, so claims of one campaign take turns across
 * threads and instances and never exceed its limit; changes of one contact are conditional updates on its status.
 */
@ApplicationScoped
@Transactional
public class JpaCampaigns implements Campaigns {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public void add(Campaign campaign, List<Contact> contacts) {
        em.persist(new CampaignRow(campaign));
        int written = 0;
        for (Contact contact : contacts) {
            em.persist(new ContactRow(contact));
            if (++written % BATCH == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
    }

    @Override
    public Optional<Campaign> byId(String id) {
        return Optional.ofNullable(em.find(CampaignRow.class, id)).map(CampaignRow::toCampaign);
    }

    @Override
    public Optional<Campaign> inAccount(String accountId, String id) {
        return byId(id).filter(campaign -> campaign.accountId().equals(accountId));
    }

    @Override
    public void update(Campaign campaign) {
        CampaignRow row = em.find(CampaignRow.class, campaign.id(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new IllegalStateException("no campaign " + campaign.id() + " to update");
        }
        row.copy(campaign);
    }

    @Override
    public List<Campaign> ofAccount(String accountId, int limit) {
        return em.createQuery("select c from CampaignRow c where c.accountId = :account order by c.createdAt desc, c.id desc",
                        CampaignRow.class)
                .setParameter("account", accountId)
                .setMaxResults(limit)
                .getResultStream().map(CampaignRow::toCampaign).toList();
    }

    @Override
    public List<Contact> contacts(String campaignId) {
        return em.createQuery("select c from ContactRow c where c.campaignId = :campaign order by c.index", ContactRow.class)
                .setParameter("campaign", campaignId)
                .getResultStream().map(ContactRow::toContact).toList();
    }

    @Override
    public Optional<Contact> contact(String contactId) {
        return Optional.ofNullable(em.find(ContactRow.class, contactId)).map(ContactRow::toContact);
    }

    @Override
    public ContactTally tally(String campaignId) {
        Map<ContactStatus, Long> counts = new EnumMap<>(ContactStatus.class);
        em.createQuery("select c.status, count(c) from ContactRow c where c.campaignId = :campaign group by c.status",
                        Object[].class)
                .setParameter("campaign", campaignId)
                .getResultStream()
                .forEach(row -> ContactStatus.fromApiName((String) row[0])
                        .ifPresent(status -> counts.put(status, ((Number) row[1]).longValue())));
        return new ContactTally(counts.getOrDefault(ContactStatus.PENDING, 0L), counts.getOrDefault(ContactStatus.DIALING, 0L),
                counts.getOrDefault(ContactStatus.COMPLETED, 0L), counts.getOrDefault(ContactStatus.VOICEMAIL, 0L),
                counts.getOrDefault(ContactStatus.FAILED, 0L), counts.getOrDefault(ContactStatus.SKIPPED, 0L));
    }

    @Override
    public long pendingNotWaitingForWindow(String campaignId, Instant now) {
        return em.createQuery("select count(c) from ContactRow c where c.campaignId = :campaign and c.status = :pending "
                        + "and (c.waitingFor is null or c.waitingFor <> :window or c.dueAt <= :now)", Long.class)
                .setParameter("campaign", campaignId)
                .setParameter("pending", ContactStatus.PENDING.apiName())
                .setParameter("window", ContactWait.WINDOW.apiName())
                .setParameter("now", now)
                .getSingleResult();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Contact> claimNext(String campaignId, int maxDialing, Instant now) {
        CampaignRow campaign = em.find(CampaignRow.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        if (campaign == null || !campaign.running()) {
            return Optional.empty();
        }
        long dialing = em.createQuery("select count(c) from ContactRow c where c.campaignId = :campaign and c.status = :dialing",
                        Long.class)
                .setParameter("campaign", campaignId)
                .setParameter("dialing", ContactStatus.DIALING.apiName())
                .getSingleResult();
        if (dialing >= maxDialing) {
            return Optional.empty();
        }
        Optional<ContactRow> next = em.createQuery("select c from ContactRow c where c.campaignId = :campaign "
                        + "and c.status = :pending and (c.dueAt is null or c.dueAt <= :now) order by c.index", ContactRow.class)
                .setParameter("campaign", campaignId)
                .setParameter("pending", ContactStatus.PENDING.apiName())
                .setParameter("now", now)
                .setMaxResults(1)
                .getResultStream().findFirst();
        next.ifPresent(row -> row.claim(now));
        return next.map(ContactRow::toContact);
    }

    @Override
    public boolean attachCall(String contactId, String callId) {
        return em.createQuery("update ContactRow c set c.callId = :call, c.attempts = c.attempts + 1 where c.id = :id "
                        + "and c.status = :dialing and c.callId is null")
                .setParameter("call", callId)
                .setParameter("id", contactId)
                .setParameter("dialing", ContactStatus.DIALING.apiName())
                .executeUpdate() == 1;
    }

    @Override
    public boolean finish(String contactId, String callId, ContactStatus status, String reason, Instant at) {
        if (!status.isFinal()) {
            throw new IllegalArgumentException("a contact finishes in a final status, not " + status.apiName());
        }
        return ofClaimed(em.createQuery("update ContactRow c set c.status = :status, c.reason = :reason, "
                        + "c.updatedAt = :at where c.id = :id and c.status = :dialing and "
                        + (callId == null ? "c.callId is null" : "c.callId = :call")), callId)
                .setParameter("status", status.apiName())
                .setParameter("reason", CallRow.abbreviate(reason))
                .setParameter("at", at)
                .setParameter("id", contactId)
                .executeUpdate() == 1;
    }

    @Override
    public boolean postpone(String contactId, String callId, Instant dueAt, ContactWait why, Instant at) {
        return ofClaimed(em.createQuery("update ContactRow c set c.status = :pending, c.callId = null, "
                        + "c.claimedAt = null, c.dueAt = :due, c.waitingFor = :why, c.updatedAt = :at "
                        + "where c.id = :id and c.status = :dialing and "
                        + (callId == null ? "c.callId is null" : "c.callId = :call")), callId)
                .setParameter("pending", ContactStatus.PENDING.apiName())
                .setParameter("due", dueAt)
                .setParameter("why", why.apiName())
                .setParameter("at", at)
                .setParameter("id", contactId)
                .executeUpdate() == 1;
    }

    private static Query ofClaimed(Query update, String callId) {
        update.setParameter("dialing", ContactStatus.DIALING.apiName());
        return callId == null ? update : update.setParameter("call", callId);
    }

    @Override
    public boolean unclaim(String contactId, Instant claimedBefore) {
        return em.createQuery("update ContactRow c set c.status = :pending, c.claimedAt = null where c.id = :id "
                        + "and c.status = :dialing and c.callId is null and c.claimedAt < :before")
                .setParameter("pending", ContactStatus.PENDING.apiName())
                .setParameter("id", contactId)
                .setParameter("dialing", ContactStatus.DIALING.apiName())
                .setParameter("before", claimedBefore)
                .executeUpdate() == 1;
    }

    @Override
    public List<String> running(int max) {
        return em.createQuery("select c.id from CampaignRow c where c.status = 'running' order by c.createdAt", String.class)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Contact> dialingSince(Instant claimedBefore, int max) {
        return em.createQuery("select c from ContactRow c where c.status = :dialing and c.claimedAt < :before "
                        + "order by c.claimedAt", ContactRow.class)
                .setParameter("dialing", ContactStatus.DIALING.apiName())
                .setParameter("before", claimedBefore)
                .setMaxResults(max)
                .getResultStream().map(ContactRow::toContact).toList();
    }
}
