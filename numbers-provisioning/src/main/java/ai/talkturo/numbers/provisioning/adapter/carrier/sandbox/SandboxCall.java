package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.number.E164Number;
import java.time.Instant;
import java.util.Objects;

/**
 * A call the sandbox simulates: how it ends ({@code outcome}, decided when it is placed) and when it rings, is
 * answered (null when it never is) and ends. {@code reported} is the last status the sandbox told the product about.
 */
public record SandboxCall(String carrierCallId, String reference, E164Number from, E164Number to, CallStatus outcome,
                          String failureReason, Instant placedAt, Instant ringsAt, Instant answersAt, Instant endsAt,
                          CallStatus reported) {

    public SandboxCall {
        Objects.requireNonNull(carrierCallId, "carrierCallId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reported, "reported");
        if (!outcome.isFinal()) {
            throw new IllegalArgumentException("a simulated call's outcome is how it ends: " + outcome.apiName());
        }
        if ((outcome == CallStatus.COMPLETED) != (answersAt != null)) {
            throw new IllegalArgumentException("a call is answered if, and only if, it completes");
        }
    }

    /** The status the call has at {@code now}, by its timeline. */
    public CallStatus statusAt(Instant now) {
        if (!now.isBefore(endsAt)) {
            return outcome;
        }
        if (answersAt != null && !now.isBefore(answersAt)) {
            return CallStatus.IN_PROGRESS;
        }
        return now.isBefore(ringsAt) ? CallStatus.QUEUED : CallStatus.RINGING;
    }
}
