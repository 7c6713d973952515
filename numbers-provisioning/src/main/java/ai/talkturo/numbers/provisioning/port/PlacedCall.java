package ai.talkturo.numbers.provisioning.port;

import ai.talkturo.numbers.domain.call.CallStatus;
import java.util.Objects;

/**
 * What the carrier answered to a dial: its id for the call and the call's first status, or a refusal
 * ({@code carrierCallId} null, {@link CallStatus#FAILED}) with a reason a person can act on.
 */
public record PlacedCall(String carrierCallId, CallStatus status, String failureReason) {

    public PlacedCall {
        Objects.requireNonNull(status, "status");
        if (carrierCallId == null && status != CallStatus.FAILED) {
            throw new IllegalArgumentException("a call the carrier took has the carrier's id");
        }
    }

    public static PlacedCall accepted(String carrierCallId, CallStatus status) {
        return new PlacedCall(Objects.requireNonNull(carrierCallId, "carrierCallId"), status, null);
    }

    public static PlacedCall refused(String reason) {
        return new PlacedCall(null, CallStatus.FAILED, reason);
    }
}
