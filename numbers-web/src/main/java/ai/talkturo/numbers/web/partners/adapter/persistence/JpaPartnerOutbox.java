package ai.talkturo.numbers.web.partners.adapter.persistence;

import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.web.partners.port.PartnerEvent;
import ai.talkturo.numbers.web.partners.port.PartnerEventQueued;
import ai.talkturo.numbers.web.partners.port.PartnerOutbox;
import ai.talkturo.numbers.web.partners.port.PendingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link PartnerOutbox} in {@code partner_events}, and the trial notices already sent in {@code trial_notices}. */
@ApplicationScoped
@Transactional
public class JpaPartnerOutbox implements PartnerOutbox {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;
    @Inject
    Event<PartnerEventQueued> queued;
    @Inject
    Clock clock;

    /** Writes the event down, to be delivered once the current transaction commits. */
    @Override
    public void queue(PartnerEvent event) {
        em.persist(new PartnerEventRow(event, clock.instant()));
        queued.fire(new PartnerEventQueued(event.id()));
    }

    /**
     * Writes down the announcement that this trial number expires soon, unless it was announced before. Two
     * workers announcing the same number at once collide on the notice's key, and one of them rolls back.
     */
    @Override
    public boolean queueTrialNotice(PhoneNumber number, PartnerEvent event) {
        if (em.find(TrialNoticeRow.class, number.id()) != null) {
            return false;
        }
        em.persist(new TrialNoticeRow(number.id(), event.id(), number.expiresAt(), clock.instant()));
        queue(event);
        em.flush();
        return true;
    }

    /** Which of these numbers were announced as expiring already. */
    @Override
    public Set<String> noticed(Collection<String> phoneNumberIds) {
        if (phoneNumberIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select n.phoneNumberId from TrialNoticeRow n where n.phoneNumberId in :ids", String.class)
                .setParameter("ids", List.copyOf(phoneNumberIds))
                .getResultStream().collect(Collectors.toSet());
    }

    /** Events due for an attempt and not held by another worker, oldest first. */
    @Override
    public List<String> due(Instant now, int max) {
        return em.createQuery("select e.id from PartnerEventRow e where e.nextAttemptAt <= :now "
                        + "and (e.claimedUntil is null or e.claimedUntil < :now) order by e.nextAttemptAt, e.id", String.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** Holds a pending event for this worker until {@code until}; false if it is done, not due or held. */
    @Override
    public boolean claim(String eventId, Instant now, Instant until) {
        return em.createQuery("update PartnerEventRow e set e.claimedUntil = :until where e.id = :id "
                        + "and e.nextAttemptAt <= :now and (e.claimedUntil is null or e.claimedUntil < :now)")
                .setParameter("until", until)
                .setParameter("id", eventId)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    @Override
    public Optional<PendingEvent> pending(String eventId) {
        return Optional.ofNullable(em.find(PartnerEventRow.class, eventId))
                .filter(PartnerEventRow::isPending)
                .map(PartnerEventRow::toPendingEvent);
    }

    @Override
    public void delivered(String eventId, Instant at) {
        em.find(PartnerEventRow.class, eventId).delivered(at);
    }

    @Override
    public void retryAt(String eventId, Instant next, String error) {
        em.find(PartnerEventRow.class, eventId).retryAt(next, error);
    }

    /** Stops trying; the event stays, with the reason. */
    @Override
    public void giveUp(String eventId, Instant at, String error, boolean attempted) {
        em.find(PartnerEventRow.class, eventId).giveUp(at, error, attempted);
    }

    /** Gives up every event still pending for the account, as when its webhook is removed. */
    @Override
    public int giveUpAll(String accountId, Instant at, String reason) {
        List<PartnerEventRow> pending = em.createQuery("select e from PartnerEventRow e where e.accountId = :account "
                        + "and e.nextAttemptAt is not null", PartnerEventRow.class)
                .setParameter("account", accountId)
                .getResultList();
        pending.forEach(row -> row.giveUp(at, reason, false));
        return pending.size();
    }
}
