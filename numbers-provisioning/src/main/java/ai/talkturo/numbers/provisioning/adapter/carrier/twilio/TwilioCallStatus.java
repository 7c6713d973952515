package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import ai.talkturo.numbers.domain.call.CallStatus;
import java.util.Locale;
import java.util.Optional;

/**
 * A Twilio call's {@code status} (in an answer) or {@code CallStatus} (in a status callback) in the product's words.
 * Twilio's {@code initiated} (handed to the network, not ringing yet) is still {@code queued} for the product.
 */
public final class TwilioCallStatus {

    private TwilioCallStatus() {
    }

    /** The product's status for Twilio's; empty for a value Twilio does not document. */
    public static Optional<CallStatus> of(String twilios) {
        if (twilios == null) {
            return Optional.empty();
        }
        String status = twilios.strip().toLowerCase(Locale.ROOT);
        if (status.equals("initiated")) {
            return Optional.of(CallStatus.QUEUED);
        }
        return CallStatus.fromApiName(status);
    }
}
