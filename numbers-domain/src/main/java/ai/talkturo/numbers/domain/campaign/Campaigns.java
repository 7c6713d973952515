package ai.talkturo.numbers.domain.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The campaigns the product keeps, with their contacts. A contact is claimed here before it is dialled, so that
 * it is dialled once, by one worker, whatever number of workers or instances run and however often they restart.
 */
public interface Campaigns {

    /** Stores a new campaign with its contacts, all at once. */
    void add(Campaign campaign, List<Contact> contacts);

    Optional<Campaign> byId(String id);

    /** The campaign with this id if it belongs to this account; empty otherwise. */
    Optional<Campaign> inAccount(String accountId, String id);

    void update(Campaign campaign);

    /** The account's campaigns, the newest first, {@code limit} of them. */
    List<Campaign> ofAccount(String accountId, int limit);

    /** The campaign's contacts in the order they were given. */
    List<Contact> contacts(String campaignId);

    Optional<Contact> contact(String contactId);

    ContactTally tally(String campaignId);

    /** How many of the campaign's pending contacts do not wait, at {@code now}, for their call window. */
    long pendingNotWaitingForWindow(String campaignId, Instant now);

    /**
     * Takes the campaign's next pending contact that is due by {@code now} for dialling (it becomes {@code dialing},
     * claimed at {@code now}), if the campaign is running and fewer than {@code maxDialing} of its contacts are being
     * dialled. Atomic across workers and instances; empty when there is nothing to take now.
     */
    Optional<Contact> claimNext(String campaignId, int maxDialing, Instant now);

    /**
     * Ties the call written down for a claimed contact to it and counts the attempt; false if the contact is no longer
     * claimed without one.
     */
    boolean attachCall(String contactId, String callId);

    /**
     * Ends a contact being dialled in a final status, for {@code reason} where it failed or was skipped; false if it
     * was not being dialled with call {@code callId} (null: with no call yet).
     */
    boolean finish(String contactId, String callId, ContactStatus status, String reason, Instant at);

    /**
     * Gives a contact being dialled with call {@code callId} (null: with no call yet) back to the pending ones, due
     * at {@code dueAt} and waiting for {@code why}; false if it was not being dialled so.
     */
    boolean postpone(String contactId, String callId, Instant dueAt, ContactWait why, Instant at);

    /**
     * Gives a claimed contact without a call back to the pending ones, if it was claimed before {@code claimedBefore}:
     * no call was written down for it, so none was placed.
     */
    boolean unclaim(String contactId, Instant claimedBefore);

    /** The ids of running campaigns, the oldest first. */
    List<String> running(int max);

    /** Contacts of any campaign claimed before {@code claimedBefore} and still being dialled. */
    List<Contact> dialingSince(Instant claimedBefore, int max);
}
