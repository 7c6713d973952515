package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.campaign.VoicemailMode;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierJson;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.ProcessingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Outbound calls through Telnyx, {@code POST /v2/calls} from a number on our connection: the answered call's audio
 * streams to {@code call.streamUrl()}, and its events ({@code call.initiated}, {@code call.answered},
 * {@code call.hangup}) go to the webhook URL, carrying the product's id of the call as {@code client_state}. Sent
 * once and streamed, never repeated except after a {@code 429}, which Telnyx did not process.
 */
final class TelnyxCalls {

    /** How long a call rings before Telnyx gives up on it. */
    private static final int RING_SECONDS = 30;

    private final TelnyxWire wire;
    private final String connectionId;

    TelnyxCalls(TelnyxWire wire, String connectionId) {
        this.wire = wire;
        this.connectionId = connectionId;
    }

    /**
     * @return the call's {@code call_control_id}, {@code queued}; or Telnyx's refusal in its words
     * @throws CarrierUnavailable when Telnyx could not be asked, refused the key, failed, or its answer was lost; in
     *                            the last two cases the call may ring anyway
     */
    PlacedCall dial(CallRequest call, String webhookUrl) {
        if (connectionId == null) {
            throw new CarrierUnavailable("Telnyx places calls through a connection: set numbers.telnyx.connection-id");
        }
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("connection_id", connectionId)
                .add("to", call.to().value())
                .add("from", call.from().value())
                .add("webhook_url", webhookUrl)
                .add("webhook_url_method", "POST")
                .add("client_state", Base64.getEncoder().encodeToString(call.reference().getBytes(StandardCharsets.UTF_8)))
                .add("timeout_secs", RING_SECONDS);
        if (call.streamUrl() != null) {
            body.add("stream_url", call.streamUrl()).add("stream_track", "both_tracks");
        }
        if (call.voicemail() != null) {
            // detect tells a machine as soon as it knows, so Numbers can hang up; detect_beep waits for the beep, so
            // the assistant speaks into the voicemail box
            body.add("answering_machine_detection", call.voicemail() == VoicemailMode.HANG_UP ? "detect" : "detect_beep");
        }
        String json = body.build().toString();
        String action = "the call to " + call.to();
        TelnyxWire.Answer answer;
        try {
            answer = wire.postOnce(action, "v2/calls", json);
        } catch (ProcessingException lost) {
            throw new CarrierUnavailable("Telnyx's answer to " + action + " was lost; the call may ring anyway: "
                    + lost.getMessage(), lost);
        }
        if (answer.successful()) {
            String callControlId = CarrierJson.text(CarrierJson.object(answer.body(), "data"), "call_control_id");
            if (callControlId == null) {
                throw new CarrierUnavailable("Telnyx took " + action + " but answered without a call_control_id");
            }
            return PlacedCall.accepted(callControlId, CallStatus.QUEUED);
        }
        if (answer.status() >= 500) {
            throw new CarrierUnavailable("Telnyx failed " + action + "; the call may ring anyway: "
                    + answer.error().summary());
        }
        if (answer.keyRefused()) {
            throw TelnyxWire.unavailable(action, answer);
        }
        return PlacedCall.refused("Telnyx refused " + action + " (" + answer.status() + "): " + answer.error().summary());
    }

    /**
     * Ends a call Numbers placed ({@code POST /v2/calls/{id}/actions/hangup}). A call that has ended already (Telnyx
     * answers 404 or 422) needs nothing.
     *
     * @throws CarrierUnavailable when Telnyx could not be asked, refused the key or failed
     */
    void hangUp(String callControlId) {
        String action = "hanging up call " + callControlId;
        TelnyxWire.Answer answer = wire.postOnce(action, "v2/calls/" + URLEncoder.encode(callControlId,
                StandardCharsets.UTF_8) + "/actions/hangup", "{}");
        if (answer.successful() || answer.status() == 404 || answer.status() == 422) {
            return;
        }
        throw TelnyxWire.unavailable(action, answer);
    }
}
