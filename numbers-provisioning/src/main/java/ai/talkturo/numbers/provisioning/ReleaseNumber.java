package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import ai.talkturo.numbers.provisioning.port.PendingReleases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * A customer lets a number go. It is {@code released} at once, and in the same transaction the carrier's release
 * is queued, so the carrier hears of it at least once ({@link ReleaseAtCarrier}) even if it is down right now.
 */
@ApplicationScoped
public class ReleaseNumber {

    @Inject
    PhoneNumbers phoneNumbers;
    @Inject
    PendingReleases releases;
    @Inject
    NumberEvents events;
    @Inject
    Event<ReleaseQueued> queued;
    @Inject
    Clock clock;

    @Transactional
    public PhoneNumber release(String accountId, String phoneNumberId) {
        PhoneNumber number = phoneNumbers.inAccount(accountId, phoneNumberId)
                .orElseThrow(() -> new NotFound("phone number", phoneNumberId));
        number.release(clock);
        return store(number);
    }

    /** A trial number past its expiry is released, once, by whichever instance gets to it first. */
    @Transactional
    public PhoneNumber releaseExpiredTrial(PhoneNumber number) {
        number.releaseExpiredTrial(clock);
        return store(number);
    }

    private PhoneNumber store(PhoneNumber number) {
        phoneNumbers.update(number);
        if (number.carrierReference() != null) {
            releases.add(number.id(), number.provider(), number.carrierReference(), clock.instant());
            queued.fire(new ReleaseQueued(number.id()));
        }
        events.publish(number);
        return number;
    }
}
