package ai.talkturo.numbers.routing.port;

import ai.talkturo.numbers.domain.call.CallStatus;
import java.util.Objects;

/**
 * The carrier's answer to a dial: its id of the call and the call's status, or, with no id and {@code failed}, its
 * refusal and the reason.
 */
public record Dialled(String carrierCallId, CallStatus status, String failureReason) {

    public Dialled {
        Objects.requireNonNull(status, "status");
    }

    public boolean refused() {
        return carrierCallId == null;
    }
}
