package ai.talkturo.numbers.web.webhooks;

import ai.talkturo.numbers.routing.RouteInboundCall;
import ai.talkturo.numbers.web.security.SignatureRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Telnyx's TeXML voice webhook: the Ed25519 signature over {@code timestamp|body} must verify and be at most 300 s
 * old; the answer is the same as Twilio's, in TeXML, and so is the follow-up once an assistant's stream ends.
 */
@Path("telnyx/voice")
@ApplicationScoped
public class TelnyxVoiceResource {

    private final RouteInboundCall routing;
    private final String publicKey;
    private final Clock clock;
    private final String afterStreamUrl;

    @Inject
    public TelnyxVoiceResource(RouteInboundCall routing, @ConfigProperty(name = "numbers.telnyx.public-key") Optional<String> publicKey,
                               Clock clock, @ConfigProperty(name = "numbers.public-base-url") String publicBaseUrl) {
        this.routing = routing;
        this.publicKey = publicKey.orElse(null);
        this.clock = clock;
        this.afterStreamUrl = publicBaseUrl == null ? null
                : publicBaseUrl.replaceFirst("/+$", "") + "/webhooks/telnyx/voice" + VoiceAnswers.AFTER_STREAM;
    }

    protected TelnyxVoiceResource() {
        this(null, Optional.empty(), null, null);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_XML)
    public Response voice(byte[] body, @HeaderParam("telnyx-signature-ed25519") String signature,
                          @HeaderParam("telnyx-timestamp") String timestamp) {
        return Response.ok(VoiceAnswers.call(routing, signed(body, signature, timestamp), afterStreamUrl, null)).build();
    }

    /** Telnyx's follow-up once an assistant's stream ends ({@code <Connect action>}). */
    @POST
    @Path("after-stream")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_XML)
    public Response afterStream(byte[] body, @HeaderParam("telnyx-signature-ed25519") String signature,
                                @HeaderParam("telnyx-timestamp") String timestamp) {
        return Response.ok(VoiceAnswers.afterStream(routing, signed(body, signature, timestamp))).build();
    }

    private Map<String, List<String>> signed(byte[] body, String signature, String timestamp) {
        if (!TelnyxSignature.verify(publicKey, timestamp, body, signature, clock.instant())) {
            throw new SignatureRefused("the signature does not verify");
        }
        return FormFields.parse(new String(body, StandardCharsets.UTF_8));
    }
}
