package ai.talkturo.numbers.provisioning.port;

import java.time.Instant;

/** What a carrier says of a compliance profile it was given to review. */
public sealed interface ReviewOutcome {

    /** Still being reviewed. */
    record InReview() implements ReviewOutcome {
    }

    /** Approved, until {@code validUntil} (null: with no end). */
    record Approved(Instant validUntil) implements ReviewOutcome {
    }

    /** Rejected; {@code reason} is the carrier's, in words a person can act on. */
    record Rejected(String reason) implements ReviewOutcome {
    }
}
