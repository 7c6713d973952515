package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Releases Free-plan trial numbers whose expiry has passed. Each number is released in a transaction of its own
 * with the version it was read at, so with several instances running each number is released exactly once.
 */
@ApplicationScoped
public class ExpireTrials {

    private static final Logger LOG = Logger.getLogger(ExpireTrials.class.getName());

    @Inject
    PhoneNumbers phoneNumbers;
    @Inject
    ReleaseNumber releaseNumber;
    @Inject
    Clock clock;

    /** Answers how many trial numbers this call released. */
    public int expire() {
        int released = 0;
        for (PhoneNumber number : phoneNumbers.expiredTrials(clock.instant(), 200)) {
            try {
                releaseNumber.releaseExpiredTrial(number);
                released++;
            } catch (OptimisticLockException | IllegalStateException | TransactionalException raced) {
                LOG.fine(() -> number.id() + " changed meanwhile; left to whoever changed it");
            }
        }
        return released;
    }
}
