package ai.talkturo.numbers.web.webhooks;

import ai.talkturo.numbers.routing.RouteInboundCall;
import ai.talkturo.numbers.routing.adapter.twiml.Twiml;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Twilio's voice webhook, the product's hot path: the signature is checked against the public URL Twilio called,
 * then the answer comes from the in-memory routing table, with no database and no per-request beans. For an
 * outbound call (our number is {@code From}) it is the same assistant that takes over once the callee answers.
 */
@Path("twilio/voice")
@ApplicationScoped
public class TwilioVoiceResource {

    static final String SIGNATURE = "X-Twilio-Signature";

    private final RouteInboundCall routing;
    private final String authToken;
    private final String publicUrl;

    @Inject
    public TwilioVoiceResource(RouteInboundCall routing,
                               @ConfigProperty(name = "numbers.twilio.auth-token") Optional<String> authToken,
                               @ConfigProperty(name = "numbers.public-base-url", defaultValue = "http://localhost:8080") String publicBaseUrl) {
        this.routing = routing;
        this.authToken = authToken.orElse(null);
        this.publicUrl = publicBaseUrl.replaceFirst("/+$", "") + "/webhooks/twilio/voice";
    }

    protected TwilioVoiceResource() {
        this(null, Optional.empty(), "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    public Response voice(MultivaluedMap<String, String> form, @HeaderParam(SIGNATURE) String signature, @Context UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        String url = query == null ? publicUrl : publicUrl + "?" + query;
        if (authToken == null || !TwilioSignature.verifyWithOrWithoutDefaultPort(authToken, url, form, signature)) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN).entity("signature does not verify").build();
        }
        String ourNumber = outbound(form) ? form.getFirst("From") : form.getFirst("To");
        return Response.ok(Twiml.of(routing.answer(ourNumber, form.getFirst("CallSid")))).build();
    }

    private static boolean outbound(MultivaluedMap<String, String> form) {
        List<String> direction = form.get("Direction");
        return direction != null && !direction.isEmpty() && direction.get(0).startsWith("outbound");
    }
}
