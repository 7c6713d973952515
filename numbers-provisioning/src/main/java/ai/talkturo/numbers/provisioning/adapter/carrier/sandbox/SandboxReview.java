package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.provisioning.port.ReviewOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's review of compliance profiles: it decides {@code numbers.sandbox.review-delay} after a profile is
 * submitted, and rejects a profile whose end user's name contains {@code REJECT}, approving every other. The
 * decision is written into the reference it gives the profile ({@code SBR-<decided at, epoch ms>-<A|R>-<profile>}),
 * so every instance of a cluster, and an instance after a restart, reads the same outcome without keeping anything.
 */
final class SandboxReview {

    static final String REJECTED = "The sandbox's review refused the end user's name (it contains REJECT); "
            + "correct it and submit the profile again.";
    private static final Pattern REFERENCE = Pattern.compile("SBR-(\\d+)-([AR])-(\\S+)");

    private final Duration delay;
    private final Clock clock;

    SandboxReview(Duration delay, Clock clock) {
        this.delay = Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("numbers.sandbox.review-delay cannot be negative: " + delay);
        }
        this.clock = clock;
    }

    CarrierReferences submit(ComplianceProfile profile) {
        boolean rejected = profile.endUser().name().contains("REJECT");
        Instant decidedAt = clock.instant().plus(delay);
        return new CarrierReferences("SBR-" + decidedAt.toEpochMilli() + "-" + (rejected ? "R" : "A") + "-"
                + profile.id(), null);
    }

    ReviewOutcome outcome(CarrierReferences profile) {
        Matcher reference = profile.profile() == null ? null : REFERENCE.matcher(profile.profile());
        if (reference == null || !reference.matches()) {
            return new ReviewOutcome.Rejected("The sandbox never received this profile; submit it again.");
        }
        if (clock.instant().isBefore(Instant.ofEpochMilli(Long.parseLong(reference.group(1))))) {
            return new ReviewOutcome.InReview();
        }
        return reference.group(2).equals("A") ? new ReviewOutcome.Approved(null) : new ReviewOutcome.Rejected(REJECTED);
    }

    /** Whether an order names a profile this review approved. */
    boolean approved(CarrierReferences profile) {
        return profile != null && outcome(profile) instanceof ReviewOutcome.Approved;
    }
}
