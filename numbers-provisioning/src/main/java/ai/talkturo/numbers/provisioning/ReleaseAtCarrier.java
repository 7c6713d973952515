package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.PendingRelease;
import ai.talkturo.numbers.provisioning.port.PendingReleases;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells carriers about released numbers: right after the release commits, and again on a timer for every release
 * that failed, backing off from a minute up to an hour between tries.
 */
@ApplicationScoped
public class ReleaseAtCarrier {

    private static final Logger LOG = Logger.getLogger(ReleaseAtCarrier.class.getName());

    @Resource
    ManagedExecutorService executor;
    @Inject
    PendingReleases releases;
    @Inject
    Carriers carriers;
    @Inject
    Clock clock;
    /** How long a worker holds a release it claimed: one that died is taken over after this. */
    @Inject
    @ConfigProperty(name = "numbers.purchase.reconcile-after", defaultValue = "PT2M")
    Duration claimFor;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReleaseQueued queued) {
        if (executor == null) {
            LOG.fine("no executor on this thread (a timer's); the next release beat tells the carrier");
            return;
        }
        executor.submit(() -> {
            try {
                releaseDue();
            } catch (RuntimeException trouble) {
                LOG.log(Level.WARNING, "releasing numbers at their carriers failed; the timer tries again", trouble);
            }
        });
    }

    /** Releases what is due; answers how many releases the carriers confirmed. */
    public int releaseDue() {
        int confirmed = 0;
        for (PendingRelease release : releases.due(clock.instant(), 200)) {
            Instant now = clock.instant();
            if (!releases.claim(release.phoneNumberId(), now, now.plus(claimFor))) {
                continue;
            }
            try {
                carriers.named(release.provider()).release(release.carrierReference());
                releases.done(release.phoneNumberId(), clock.instant());
                confirmed++;
            } catch (CarrierUnavailable | IllegalStateException trouble) {
                Duration wait = backoff(release.attempts());
                LOG.log(Level.WARNING, "releasing " + release.phoneNumberId() + " at " + release.provider()
                        + " failed; trying again in " + wait, trouble);
                releases.retryLater(release.phoneNumberId(), clock.instant().plus(wait), trouble.getMessage());
            }
        }
        return confirmed;
    }

    static Duration backoff(int attempts) {
        return Duration.ofMinutes(1L << Math.min(attempts, 6));
    }
}
