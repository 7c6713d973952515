package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.domain.call.CallProgress;
import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierJson;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Telnyx call event about an outbound call Numbers placed: {@code call.initiated} (the network is alerting the
 * callee), {@code call.answered}, {@code call.machine.detection.ended} (for a call placed with answering machine
 * detection, whose {@code result} {@code machine} says a machine answered) or {@code call.hangup}, whose
 * {@code hangup_cause} tells how it ended. The payload
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
        boolean machine = answeredByMachine(type, payload);
        Optional<CallStatus> status = switch (type) {
            case "call.initiated" -> Optional.of(CallStatus.RINGING);
            case "call.answered" -> Optional.of(CallStatus.IN_PROGRESS);
            case "call.machine.detection.ended", "call.machine.premium.detection.ended" ->
                    machine ? Optional.of(CallStatus.IN_PROGRESS) : Optional.empty();
            case "call.hangup" -> Optional.of(ending(CarrierJson.text(payload, "hangup_cause")));
            default -> Optional.empty();
        };
        Instant occurredAt = Optional.ofNullable(CarrierJson.instant(data, "occurred_at")).orElse(receivedAt);
        String cause = CarrierJson.text(payload, "hangup_cause");
        return status.map(reached -> new CallProgress(callId, "telnyx", callControlId, reached,
                reached.isFinal() && reached != CallStatus.COMPLETED && cause != null
                        ? "Telnyx hung up the call: " + cause : null,
                occurredAt, machine));
    }

    /**
     * Telnyx's call control id of the call this event says a machine answered, where the call's webhook URL says
     * to hang up on machines ({@code query} is that URL's query); empty otherwise.
     */
    public static Optional<String> toHangUp(String body, String query) {
        if (query == null || !List.of(query.split("&")).contains(CallRequest.HANG_UP_ON_MACHINES)) {
            return Optional.empty();
        }
        JsonObject data = CarrierJson.parse(body).map(root -> CarrierJson.object(root, "data")).orElse(null);
        JsonObject payload = CarrierJson.object(data, "payload");
        if (!answeredByMachine(CarrierJson.text(data, "event_type"), payload)) {
            return Optional.empty();
        }
        return Optional.ofNullable(CarrierJson.text(payload, "call_control_id"));
    }

    /** Whether a machine detection event says a machine answered ({@code result} {@code machine}). */
    private static boolean answeredByMachine(String type, JsonObject payload) {
        return type != null && type.startsWith("call.machine.") && type.endsWith("detection.ended")
                && "machine".equals(CarrierJson.text(payload, "result"));
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
