package ai.talkturo.numbers.web.webhooks;

import ai.talkturo.numbers.domain.call.CallProgress;
import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioCallStatus;
import ai.talkturo.numbers.routing.TrackCalls;
import ai.talkturo.numbers.web.security.SignatureRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Twilio's call status callbacks. The signature is checked like the voice webhook's, over the public URL with its
 * query: an outbound call's callback URL carries the product's id of the call ({@code ?callId=…}), so the report
 * finds its call even before Twilio's answer to the dial is stored. A report about a call Numbers did not place (an
 * inbound call's) is acknowledged and dropped.
 */
@Path("twilio/status")
@ApplicationScoped
public class TwilioStatusResource {

    private final TrackCalls calls;
    private final TwilioAccounts accounts;
    private final String publicUrl;
    private final Clock clock;

    @Inject
    public TwilioStatusResource(TrackCalls calls,
                                TwilioAccounts accounts,
                                @ConfigProperty(name = "numbers.public-base-url") String publicBaseUrl,
                                Clock clock) {
        this.calls = calls;
        this.accounts = accounts;
        this.publicUrl = publicBaseUrl.replaceFirst("/+$", "") + "/webhooks/twilio/status";
        this.clock = clock;
    }

    protected TwilioStatusResource() {
        this(null, null, "", null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(MultivaluedMap<String, String> form, @HeaderParam(TwilioSignature.HEADER) String signature,
                           @QueryParam("callId") String callId, @Context UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        String url = query == null ? publicUrl : publicUrl + "?" + query;
        TwilioSigner signer = accounts.signer(url, form, signature)
                .orElseThrow(() -> new SignatureRefused("the signature does not verify"));
        Optional<CallStatus> status = TwilioCallStatus.of(form.getFirst("CallStatus"));
        String callSid = form.getFirst("CallSid");
        if (status.isPresent() && (callId != null || callSid != null)) {
            calls.record(new CallProgress(callId, "twilio", callSid, status.get(), reason(form), clock.instant(),
                    FormFields.answeredByMachine(form)), from -> signer.speaksFor(from.value()));
        }
        return Response.noContent().build();
    }

    /** Twilio's words for a call that failed, when it gave any. */
    private static String reason(MultivaluedMap<String, String> form) {
        String code = form.getFirst("ErrorCode");
        String message = form.getFirst("ErrorMessage");
        if (code == null && message == null) {
            return null;
        }
        return "Twilio: " + (message == null ? "error" : message) + (code == null ? "" : " (error " + code + ")");
    }
}
