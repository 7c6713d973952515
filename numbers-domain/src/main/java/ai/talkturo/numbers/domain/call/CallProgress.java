package ai.talkturo.numbers.domain.call;

import java.time.Instant;
import java.util.Objects;

/**
 * What a carrier reported about an outbound call: a status callback, a call event, or the sandbox's simulated call
 * moving on. {@code callId} is the product's id of the call when the carrier echoes it back; otherwise the call is
 * found by the carrier's own id, {@code carrierCallId}.
 *
 * @param failureReason     the carrier's reason for a call that ended unanswered; null when it gave none
 * @param answeredByMachine the carrier told that a machine, not a person, answered the call
 */
public record CallProgress(String callId, String provider, String carrierCallId, CallStatus status,
                           String failureReason, Instant occurredAt, boolean answeredByMachine) {

    /** A report that says nothing of who answered. */
    public CallProgress(String callId, String provider, String carrierCallId, CallStatus status, String failureReason,
                        Instant occurredAt) {
        this(callId, provider, carrierCallId, status, failureReason, occurredAt, false);
    }

    public CallProgress {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (callId == null && (provider == null || carrierCallId == null)) {
            throw new IllegalArgumentException("a report names the call by our id or by the carrier's");
        }
    }
}
