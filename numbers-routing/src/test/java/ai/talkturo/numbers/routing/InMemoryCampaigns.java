package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.CampaignStatus;
import ai.talkturo.numbers.domain.campaign.Campaigns;
import ai.talkturo.numbers.domain.campaign.Contact;
import ai.talkturo.numbers.domain.campaign.ContactStatus;
import ai.talkturo.numbers.domain.campaign.ContactTally;
import ai.talkturo.numbers.domain.campaign.ContactWait;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link Campaigns} in maps, with the claims' rules of the tables: one lock for the whole store. */
class InMemoryCampaigns implements Campaigns {

    private final Map<String, Campaign> campaigns = new LinkedHashMap<>();
    private final Map<String, Contact> contacts = new LinkedHashMap<>();

    @Override
    public synchronized void add(Campaign campaign, List<Contact> list) {
        campaigns.put(campaign.id(), campaign);
        list.forEach(contact -> contacts.put(contact.id(), contact));
    }

    @Override
    public synchronized Optional<Campaign> byId(String id) {
        return Optional.ofNullable(campaigns.get(id)).map(InMemoryCampaigns::copy);
    }

    @Override
    public synchronized Optional<Campaign> inAccount(String accountId, String id) {
        return byId(id).filter(campaign -> campaign.accountId().equals(accountId));
    }

    @Override
    public synchronized void update(Campaign campaign) {
        campaigns.put(campaign.id(), copy(campaign));
    }

    @Override
    public synchronized List<Contact> contacts(String campaignId) {
        return contacts.values().stream().filter(contact -> contact.campaignId().equals(campaignId))
                .sorted(Comparator.comparingInt(Contact::index)).toList();
    }

    @Override
    public synchronized Optional<Contact> contact(String contactId) {
        return Optional.ofNullable(contacts.get(contactId));
    }

    @Override
    public synchronized ContactTally tally(String campaignId) {
        List<Contact> of = contacts(campaignId);
        return new ContactTally(count(of, ContactStatus.PENDING), count(of, ContactStatus.DIALING),
                count(of, ContactStatus.COMPLETED), count(of, ContactStatus.VOICEMAIL), count(of, ContactStatus.FAILED),
                count(of, ContactStatus.SKIPPED));
    }

    @Override
    public synchronized long pendingNotWaitingForWindow(String campaignId, Instant now) {
        return contacts(campaignId).stream()
                .filter(c -> c.status() == ContactStatus.PENDING && !(c.waitsAt(now) && c.waitingFor() == ContactWait.WINDOW))
                .count();
    }

    @Override
    public synchronized Optional<Contact> claimNext(String campaignId, int maxDialing, Instant now) {
        Campaign campaign = campaigns.get(campaignId);
        if (campaign == null || campaign.status() != CampaignStatus.RUNNING
                || count(contacts(campaignId), ContactStatus.DIALING) >= maxDialing) {
            return Optional.empty();
        }
        Optional<Contact> next = contacts(campaignId).stream()
                .filter(c -> c.status() == ContactStatus.PENDING && (c.dueAt() == null || !c.dueAt().isAfter(now)))
                .findFirst();
        next.ifPresent(contact -> contacts.put(contact.id(), new Contact(contact.id(), contact.campaignId(), contact.index(),
                contact.phoneNumber(), contact.name(), ContactStatus.DIALING, null, contact.reason(), now, now,
                contact.attempts(), null, null)));
        return next.map(contact -> contacts.get(contact.id()));
    }

    @Override
    public synchronized List<Campaign> ofAccount(String accountId, int limit) {
        return campaigns.values().stream().filter(campaign -> campaign.accountId().equals(accountId))
                .sorted(Comparator.comparing(Campaign::createdAt).thenComparing(Campaign::id).reversed())
                .limit(limit).map(InMemoryCampaigns::copy).toList();
    }

    @Override
    public synchronized boolean attachCall(String contactId, String callId) {
        Contact contact = contacts.get(contactId);
        if (contact == null || contact.status() != ContactStatus.DIALING || contact.callId() != null) {
            return false;
        }
        contacts.put(contactId, new Contact(contact.id(), contact.campaignId(), contact.index(), contact.phoneNumber(),
                contact.name(), contact.status(), callId, null, contact.claimedAt(), contact.updatedAt(),
                contact.attempts() + 1, null, null));
        return true;
    }

    @Override
    public synchronized boolean finish(String contactId, String callId, ContactStatus status, String reason, Instant at) {
        Contact contact = contacts.get(contactId);
        if (contact == null || contact.status() != ContactStatus.DIALING || !Objects.equals(contact.callId(), callId)) {
            return false;
        }
        contacts.put(contactId, new Contact(contact.id(), contact.campaignId(), contact.index(), contact.phoneNumber(),
                contact.name(), status, contact.callId(), reason, contact.claimedAt(), at, contact.attempts(), null, null));
        return true;
    }

    @Override
    public synchronized boolean postpone(String contactId, String callId, Instant dueAt, ContactWait why, Instant at) {
        Contact contact = contacts.get(contactId);
        if (contact == null || contact.status() != ContactStatus.DIALING || !Objects.equals(contact.callId(), callId)) {
            return false;
        }
        contacts.put(contactId, new Contact(contact.id(), contact.campaignId(), contact.index(), contact.phoneNumber(),
                contact.name(), ContactStatus.PENDING, null, contact.reason(), null, at, contact.attempts(), dueAt, why));
        return true;
    }

    @Override
    public synchronized boolean unclaim(String contactId, Instant claimedBefore) {
        Contact contact = contacts.get(contactId);
        if (contact == null || contact.status() != ContactStatus.DIALING || contact.callId() != null
                || !contact.claimedAt().isBefore(claimedBefore)) {
            return false;
        }
        contacts.put(contactId, new Contact(contact.id(), contact.campaignId(), contact.index(), contact.phoneNumber(),
                contact.name(), ContactStatus.PENDING, null, null, null, contact.updatedAt(), contact.attempts(), null,
                null));
        return true;
    }

    @Override
    public synchronized List<String> running(int max) {
        return campaigns.values().stream().filter(Campaign::running).map(Campaign::id).limit(max).toList();
    }

    @Override
    public synchronized List<Contact> dialingSince(Instant claimedBefore, int max) {
        return contacts.values().stream()
                .filter(contact -> contact.status() == ContactStatus.DIALING && contact.claimedAt().isBefore(claimedBefore))
                .limit(max).toList();
    }

    /** Puts a contact in the state a crash could leave it in. */
    synchronized void put(Contact contact) {
        contacts.put(contact.id(), contact);
    }

    private static long count(List<Contact> of, ContactStatus status) {
        return of.stream().filter(contact -> contact.status() == status).count();
    }

    private static Campaign copy(Campaign campaign) {
        return Campaign.restore(campaign.id(), campaign.accountId(), campaign.assistantId(), campaign.name(),
                campaign.maxConcurrentCalls(), campaign.contactCount(), campaign.rules(), campaign.status(), campaign.createdAt(),
                campaign.updatedAt(), campaign.completedAt(), campaign.version());
    }
}
