package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.provisioning.adapter.carrier.Backoff;
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
 * Where Telnyx is and how long to wait for it ({@code numbers.telnyx.base-url}, {@code …connect-timeout},
 * {@code …read-timeout}), the public URL it calls back, and one JAX-RS client for every
 * Telnyx account Numbers speaks to: its own and its customers'.
 */
@ApplicationScoped
class TelnyxConnection {

    @Inject
    @ConfigProperty(name = "numbers.telnyx.base-url")
    String baseUrl;
    @Inject
    @ConfigProperty(name = "numbers.public-base-url")
    String publicBaseUrl;
    @Inject
    @ConfigProperty(name = "numbers.telnyx.connect-timeout")
    Duration connectTimeout;
    @Inject
    @ConfigProperty(name = "numbers.telnyx.read-timeout")
    Duration readTimeout;

    private Client client;

    @PostConstruct
    void connect() {
        client = ClientBuilder.newBuilder()
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    @PreDestroy
    void disconnect() {
        client.close();
    }

    /** The account with this API key; {@code connectionId} is where its calls go out from, null for none. */
    TelnyxApi account(String apiKey, String connectionId) {
        return new TelnyxApi(client, URI.create(baseUrl), apiKey, connectionId, connectTimeout, readTimeout,
                Backoff.standard());
    }

    /** A path of ours, such as {@code /webhooks/telnyx/voice}, as Telnyx calls it. */
    String publicUrl(String path) {
        return publicBaseUrl.replaceFirst("/+$", "") + path;
    }
}
