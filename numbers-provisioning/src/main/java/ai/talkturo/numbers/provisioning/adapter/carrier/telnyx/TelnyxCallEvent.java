package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.domain.call.CallProgress;
import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierJson;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * A Telnyx call event about an outbound call Numbers placed: {@code call.initiated} (the network is alerting the
 * callee), {@code call.answered} or {@code call.hangup}, whose {@code hangup_cause} tells how it ended. The payload
 * carries Telnyx's {@code call_control_id} and, as {@code client_state}, the product's id of the call (Base64).
 * Deliveries repeat and come out of order; the call only ever moves forward, so that does no harm.
 */
public final class TelnyxCallEvent {

    private TelnyxCallEvent() {
    }

    /**
     * The progress this event reports; empty for other events.
     *
     * @throws IllegalArgumentException when {@code body} is not a Telnyx event at all
     */
    public static Optional<CallProgress> parse(String body, Instant receivedAt) {
        JsonObject data = CarrierJson.parse(body)
                .map(root -> CarrierJson.object(root, "data"))
                .orElseThrow(() -> new IllegalArgumentException("not a Telnyx event: the body has no \"data\" object"));
        String type = CarrierJson.text(data, "event_type");
        if (type == null || !type.startsWith("call.")) {
            return Optional.empty();
        }
        JsonObject payload = CarrierJson.object(data, "payload");
        String callControlId = CarrierJson.text(payload, "call_control_id");
        String callId = callId(CarrierJson.text(payload, "client_state"));
        if (callControlId == null && callId == null) {
            return Optional.empty();
        }
        Optional<CallStatus> status = switch (type) {
            case "call.initiated" -> Optional.of(CallStatus.RINGING);
            case "call.answered" -> Optional.of(CallStatus.IN_PROGRESS);
            case "call.hangup" -> Optional.of(ending(CarrierJson.text(payload, "hangup_cause")));
            default -> Optional.empty();
        };
        Instant occurredAt = Optional.ofNullable(CarrierJson.instant(data, "occurred_at")).orElse(receivedAt);
        String cause = CarrierJson.text(payload, "hangup_cause");
        return status.map(reached -> new CallProgress(callId, "telnyx", callControlId, reached,
                reached.isFinal() && reached != CallStatus.COMPLETED && cause != null
                        ? "Telnyx hung up the call: " + cause : null,
                occurredAt));
    }

    /** How a call ended, from Telnyx's {@code hangup_cause}. */
    static CallStatus ending(String hangupCause) {
        if (hangupCause == null) {
            return CallStatus.COMPLETED;
        }
        return switch (hangupCause.toLowerCase(Locale.ROOT)) {
            case "normal_clearing" -> CallStatus.COMPLETED;
            case "user_busy" -> CallStatus.BUSY;
            case "timeout", "no_answer" -> CallStatus.NO_ANSWER;
            case "originator_cancel" -> CallStatus.CANCELED;
            default -> CallStatus.FAILED;
        };
    }

    private static String callId(String clientState) {
        if (clientState == null || clientState.isBlank()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(clientState.strip()), StandardCharsets.UTF_8);
            return decoded.startsWith("call_") ? decoded : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
