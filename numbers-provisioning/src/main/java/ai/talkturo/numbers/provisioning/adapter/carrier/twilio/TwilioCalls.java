package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.campaign.VoicemailMode;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierError;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierJson;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Form;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Outbound calls through Twilio, {@code POST …/Calls.json} from one of the account's numbers: {@code Url} is our
 * voice webhook, which hands the answered call to the caller ID's assistant; the status callback carries the
 * product's id of the call ({@code ?callId=…}, signed with the rest of the URL), so that its reports find the call
 * even before this answer is stored. Sent once and streamed, never repeated except after a {@code 429}, which Twilio
 * did not process.
 */
final class TwilioCalls {

    /** How long a call rings before Twilio gives up on it as {@code no-answer}. */
    private static final int RING_SECONDS = 30;

    private final TwilioWire wire;

    TwilioCalls(TwilioWire wire) {
        this.wire = wire;
    }

    /**
     * @return the call's SID and status, or Twilio's refusal (an invalid or unreachable number, a caller ID the
     * account does not own, a country not enabled for calls) in its words
     * @throws CarrierUnavailable when Twilio could not be asked, refused the credentials, failed, or its answer was
     *                            lost; in the last two cases the call may ring anyway
     */
    PlacedCall dial(CallRequest call) {
        TwilioSettings settings = wire.settings;
        Form form = new Form()
                .param("To", call.to().value())
                .param("From", call.from().value())
                .param("Url", call.voicemail() == VoicemailMode.HANG_UP ? settings.voiceUrl() + "?" + CallRequest.HANG_UP_ON_MACHINES
                        : settings.voiceUrl())
                .param("Method", "POST")
                .param("StatusCallback", settings.statusCallbackUrl() + "?callId="
                        + URLEncoder.encode(call.reference(), StandardCharsets.UTF_8))
                .param("StatusCallbackMethod", "POST")
                .param("StatusCallbackEvent", "initiated")
                .param("StatusCallbackEvent", "ringing")
                .param("StatusCallbackEvent", "answered")
                .param("StatusCallbackEvent", "completed")
                .param("Timeout", Integer.toString(RING_SECONDS));
        if (call.voicemail() != null) {
            // Enable tells as soon as it knows, so the voice URL can hang up; DetectMessageEnd waits for the beep, so
            // the assistant speaks into the voicemail box
            form.param("MachineDetection", call.voicemail() == VoicemailMode.HANG_UP ? "Enable" : "DetectMessageEnd");
        }
        String what = "call " + call.to() + " from " + call.from();
        TwilioWire.Answer answer;
        try {
            answer = wire.postOnce(what, wire.account().path("Calls.json"), form);
        } catch (ProcessingException e) {
            if (TwilioWire.neverConnected(e)) {
                throw TwilioWire.unreachable(what, e);
            }
            throw new CarrierUnavailable("Twilio's answer to the request to " + what + " was lost; the call may ring "
                    + "anyway: " + e.getMessage(), e);
        }
        if (answer.status() == 200 || answer.status() == 201) {
            JsonObject json = answer.json().orElse(null);
            String sid = CarrierJson.text(json, "sid");
            if (sid == null) {
                throw new CarrierUnavailable("Twilio took the request to " + what + " but answered without a call SID");
            }
            return PlacedCall.accepted(sid, TwilioCallStatus.of(CarrierJson.text(json, "status")).orElse(CallStatus.QUEUED));
        }
        CarrierError error = answer.error();
        if (answer.status() >= 500) {
            throw new CarrierUnavailable("Twilio failed the request to " + what + "; the call may ring anyway: "
                    + error.describe());
        }
        if (answer.credentialsRefused()) {
            throw new CarrierUnavailable("Twilio refused the account's credentials: " + error.describe());
        }
        return PlacedCall.refused("Twilio refused to " + what + ": " + error.describe());
    }
}
