package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Telnyx is ({@code numbers.telnyx.base-url}), the public URL it calls back, and one JAX-RS client for every
 * Telnyx account Numbers speaks to: its own and its customers'.
 */
@ApplicationScoped
public class TelnyxConnection {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(8);

    @Inject
    @ConfigProperty(name = "numbers.telnyx.base-url", defaultValue = "https://api.telnyx.com")
    String baseUrl;
    @Inject
    @ConfigProperty(name = "numbers.public-base-url", defaultValue = "http://localhost:8080")
    String publicBaseUrl;

    private Client client;

    @PostConstruct
    void connect() {
        client = ClientBuilder.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    @PreDestroy
    void disconnect() {
        client.close();
    }

    /** The account with this API key; {@code connectionId} is where its calls go out from, null for none. */
    TelnyxApi account(String apiKey, String connectionId) {
        return new TelnyxApi(client, URI.create(baseUrl), apiKey, connectionId, CONNECT_TIMEOUT, READ_TIMEOUT,
                RateLimitBackoff.standard());
    }

    /** A path of ours, such as {@code /webhooks/telnyx/voice}, as Telnyx calls it. */
    String publicUrl(String path) {
        return publicBaseUrl.replaceFirst("/+$", "") + path;
    }
}
