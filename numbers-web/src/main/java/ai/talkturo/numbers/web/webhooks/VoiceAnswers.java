package ai.talkturo.numbers.web.webhooks;

import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.routing.RouteInboundCall;
import java.util.List;
import java.util.Map;

/**
 * The TwiML (or TeXML) for a carrier's voice request, the same for Twilio and Telnyx: a call coming in is answered
 * by the number's inbound rules; an outbound call of ours whose callee picked up goes to its assistant, unless a
 * machine picked up and the campaign that placed it hangs up on machines; once an assistant's stream ends, the
 * carrier's follow-up request ({@code <Connect action>}) is answered by what comes next.
 */
final class VoiceAnswers {

    static final String AFTER_STREAM = "/after-stream";

    private VoiceAnswers() {
    }

    /**
     * @param afterStreamUrl the public URL of this carrier's follow-up request once a stream ends
     * @param query          the query of the URL the carrier called, null for none
     */
    static String call(RouteInboundCall routing, Map<String, List<String>> form, String afterStreamUrl, String query) {
        String callId = FormFields.first(form, "CallSid");
        if (FormFields.isOutbound(form) && FormFields.answeredByMachine(form) && CallRequest.HANG_UP_ON_MACHINES.equals(query)) {
            return Twiml.hangUp();
        }
        if (FormFields.isOutbound(form)) {
            return Twiml.of(routing.answerPlacedCall(FormFields.first(form, "From"), callId));
        }
        return Twiml.of(routing.answer(FormFields.first(form, "To"), FormFields.first(form, "From"), callId), afterStreamUrl);
    }

    static String afterStream(RouteInboundCall routing, Map<String, List<String>> form) {
        return Twiml.of(routing.afterStream(FormFields.ourNumber(form), FormFields.first(form, "CallStatus")));
    }
}
