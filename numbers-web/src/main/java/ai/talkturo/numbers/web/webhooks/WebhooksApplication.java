package ai.talkturo.numbers.web.webhooks;

import ai.talkturo.numbers.web.api.ProblemMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The carriers' webhooks under {@code /webhooks}: no API key here, every request proves itself by its signature.
 * Twilio's voice webhook, the hot path, is {@link TwilioVoiceServlet}, outside JAX-RS.
 */
@ApplicationPath("webhooks")
public class WebhooksApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TwilioStatusResource.class, TwilioComplianceResource.class, TelnyxVoiceResource.class,
                TelnyxEventsResource.class, ProblemMapper.class);
    }
}
