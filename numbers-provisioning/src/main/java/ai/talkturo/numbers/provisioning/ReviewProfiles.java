package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.ComplianceProfiles;
import ai.talkturo.numbers.domain.compliance.ComplianceStatus;
import ai.talkturo.numbers.provisioning.port.Carrier;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.ReviewOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Learns what carriers decided about the profiles they review, and lets approvals run out. A carrier's callback
 * (Twilio's bundle {@code StatusCallback}) asks at once about the profile it names; because callbacks get lost, every
 * profile in review is also asked about every {@code numbers.compliance.review-poll} (the sandbox, which answers
 * from memory, at every beat). A decision is stored only for a profile still in review under the same carrier ids,
 * so late or repeated news changes nothing.
 */
@ApplicationScoped
public class ReviewProfiles {

    private static final Logger LOG = Logger.getLogger(ReviewProfiles.class.getName());
    private static final int BATCH = 100;

    @Inject
    ComplianceProfiles profiles;
    @Inject
    ProfileBook book;
    @Inject
    Carriers carriers;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "numbers.compliance.review-poll")
    Duration reviewPoll;

    private final Map<String, Instant> lastAsked = new ConcurrentHashMap<>();

    /** Asks about the profiles in review that are due, and expires approvals that ended; answers how many changed. */
    public int review() {
        Instant now = clock.instant();
        int changed = 0;
        for (ComplianceProfile profile : profiles.inReview(BATCH)) {
            Carrier carrier = carriers.named(profile.provider());
            Duration every = carrier.playsCallsHere() ? Duration.ZERO : reviewPoll;
            Instant asked = lastAsked.get(profile.id());
            if (asked == null || !now.isBefore(asked.plus(every))) {
                lastAsked.put(profile.id(), now);
                changed += ask(profile) ? 1 : 0;
            }
        }
        for (ComplianceProfile profile : profiles.approvalEndedBy(now, BATCH)) {
            changed += expire(profile) ? 1 : 0;
        }
        lastAsked.keySet().removeIf(id -> lastAsked.get(id).isBefore(now.minus(reviewPoll.multipliedBy(4))));
        return changed;
    }

    /** A carrier said the profile it knows by {@code carrierReference} changed; asks it what became of it. */
    public void heardFrom(String provider, String carrierReference) {
        profiles.byCarrierReference(provider, carrierReference).ifPresentOrElse(this::ask,
                () -> LOG.info(() -> provider + " reported on " + carrierReference + ", which no profile is"));
    }

    private boolean ask(ComplianceProfile profile) {
        if (profile.status() != ComplianceStatus.IN_REVIEW) {
            return false;
        }
        ReviewOutcome outcome;
        try {
            outcome = carriers.named(profile.provider()).reviewOf(profile.carrier());
        } catch (CarrierUnavailable unavailable) {
            LOG.log(Level.INFO, "asking " + profile.provider() + " about " + profile.id() + " failed; asked again later",
                    unavailable);
            return false;
        } catch (RuntimeException unasked) {
            // a carrier this server is not set up for (its credentials gone) must not hold up the other profiles
            LOG.log(Level.WARNING, profile.provider() + " could not be asked about " + profile.id(), unasked);
            return false;
        }
        boolean decided = false;
        if (outcome instanceof ReviewOutcome.Approved approved) {
            decided = profile.approve(approved.validUntil(), clock.instant());
        } else if (outcome instanceof ReviewOutcome.Rejected rejected) {
            decided = profile.reject(rejected.reason(), clock.instant());
        }
        return decided && stored(profile, ComplianceStatus.IN_REVIEW);
    }

    private boolean expire(ComplianceProfile profile) {
        return profile.expireIfDue(clock.instant()) && stored(profile, ComplianceStatus.APPROVED);
    }

    private boolean stored(ComplianceProfile profile, ComplianceStatus previous) {
        try {
            book.store(profile, previous);
            return true;
        } catch (OptimisticLockException | TransactionalException raced) {
            LOG.info(() -> profile.id() + " changed meanwhile; its review is read again at the next beat");
            return false;
        }
    }
}
