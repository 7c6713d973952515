package ai.talkturo.numbers.web.partners.port;

import ai.talkturo.numbers.domain.number.PhoneNumber;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The events on their way to partners. Events join the transaction of the change they tell of; every other call
 * outside a transaction commits on its own, so a worker claims an event, posts it with no transaction open, and then
 * writes down what came of it.
 */
public interface PartnerOutbox {

    /** Writes the event down, to be delivered once the current transaction commits. */
    void queue(PartnerEvent event);

    /**
     * Writes down the announcement that this trial number expires soon, unless it was announced before. Two workers
     * announcing the same number at once collide on the notice's key, and one of them rolls back.
     */
    boolean queueTrialNotice(PhoneNumber number, PartnerEvent event);

    /** Which of these numbers were announced as expiring already. */
    Set<String> noticed(Collection<String> phoneNumberIds);

    /** Events due for an attempt and not held by another worker, oldest first. */
    List<String> due(Instant now, int max);

    /** Holds a pending event for this worker until {@code until}; false if it is done, not due or held. */
    boolean claim(String eventId, Instant now, Instant until);

    Optional<PendingEvent> pending(String eventId);

    void delivered(String eventId, Instant at);

    void retryAt(String eventId, Instant next, String error);

    /** Stops trying; the event stays, with the reason. */
    void giveUp(String eventId, Instant at, String error, boolean attempted);

    /** Gives up every event still pending for the account, as when its webhook is removed; answers how many. */
    int giveUpAll(String accountId, Instant at, String reason);
}
