package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.CredentialsRefused;
import ai.talkturo.numbers.provisioning.port.CustomerAccounts;
import ai.talkturo.numbers.provisioning.port.ImportedNumber;
import ai.talkturo.numbers.provisioning.port.ImportedNumbers;
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
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells carriers about released numbers: right after the release commits, and again on a timer for every release
 * that failed, backing off from a minute up to an hour between tries. A number brought from the customer's own
 * carrier account is not given up at the carrier: its old voice settings are given back, and it stays there.
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
    ImportedNumbers importedNumbers;
    @Inject
    CustomerCredentials customerCredentials;
    @Inject
    Clock clock;
    /** How long a worker holds a release it claimed: one that died is taken over after this. */
    @Inject
    @ConfigProperty(name = "numbers.purchase.reconcile-after")
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
                Optional<ImportedNumber> imported = importedNumbers.find(release.phoneNumberId());
                if (imported.isPresent()) {
                    giveBack(imported.get(), release);
                } else {
                    carriers.named(release.provider()).release(release.carrierReference());
                }
                releases.done(release.phoneNumberId(), clock.instant());
                confirmed++;
            } catch (CarrierUnavailable | CredentialsRefused | SecretsKeyMissing | IllegalStateException trouble) {
                Duration wait = backoff(release.attempts());
                LOG.log(Level.WARNING, "releasing " + release.phoneNumberId() + " at " + release.provider()
                        + " failed; trying again in " + wait, trouble);
                releases.retryLater(release.phoneNumberId(), clock.instant().plus(wait), trouble.getMessage());
            }
        }
        return confirmed;
    }

    /** A number from the customer's own account stays there, with the voice settings it had before Numbers. */
    private void giveBack(ImportedNumber imported, PendingRelease release) {
        CustomerAccounts carrier = carriers.customerAccountsAt(imported.provider()).orElseThrow(
                () -> new IllegalStateException("no carrier " + imported.provider()));
        carrier.giveBack(customerCredentials.of(imported), release.carrierReference(), imported.kept());
        importedNumbers.givenBack(imported.phoneNumberId(), clock.instant());
        customerCredentials.forget(imported.provider(), imported.carrierAccount());
    }

    static Duration backoff(int attempts) {
        return Duration.ofMinutes(1L << Math.min(attempts, 6));
    }
}
