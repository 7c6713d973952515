package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Twilio is and how long to wait for it ({@code numbers.twilio.base-url}, {@code …numbers-base-url} and
 * {@code …numbers-upload-base-url} for regulatory bundles and their documents, {@code …connect-timeout},
 * {@code …read-timeout}), the public URL it calls back, and one JAX-RS client for every Twilio account Numbers
 * speaks to: its own and its customers'.
 */
@ApplicationScoped
class TwilioConnection {

    @Inject
    @ConfigProperty(name = "numbers.twilio.base-url")
    String baseUrl;
    @Inject
    @ConfigProperty(name = "numbers.twilio.numbers-base-url")
    String numbersBaseUrl;
    @Inject
    @ConfigProperty(name = "numbers.twilio.numbers-upload-base-url")
    String uploadBaseUrl;
    @Inject
    @ConfigProperty(name = "numbers.public-base-url")
    String publicBaseUrl;
    @Inject
    @ConfigProperty(name = "numbers.twilio.connect-timeout")
    Duration connectTimeout;
    @Inject
    @ConfigProperty(name = "numbers.twilio.read-timeout")
    Duration readTimeout;

    private Client client;

    @PostConstruct
    void connect() {
        client = TwilioWire.client(connectTimeout, readTimeout);
    }

    @PreDestroy
    void disconnect() {
        client.close();
    }

    /** @throws IllegalArgumentException when the SID or token is not one */
    TwilioSettings settings(String accountSid, String authToken) {
        return new TwilioSettings(URI.create(baseUrl), URI.create(numbersBaseUrl), URI.create(uploadBaseUrl),
                accountSid, authToken, URI.create(publicBaseUrl), connectTimeout, readTimeout);
    }

    /** The wire format spoken to the account with these credentials. */
    TwilioNumbers account(TwilioSettings settings) {
        return new TwilioNumbers(settings, client);
    }
}
