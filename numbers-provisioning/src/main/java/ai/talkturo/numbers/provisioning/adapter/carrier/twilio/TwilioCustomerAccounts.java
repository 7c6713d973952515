package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.CarrierCredentials;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.CredentialsRefused;
import ai.talkturo.numbers.provisioning.port.CustomerAccounts;
import ai.talkturo.numbers.provisioning.port.HeldNumber;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Customers' own Twilio accounts, opened with their account SID and auth token, at the base URL and with the
 * timeouts of {@code numbers.twilio.*}. Look-ups and updates of a number's voice settings are idempotent and
 * retried when Twilio failed; calls are never sent twice.
 */
@ApplicationScoped
public class TwilioCustomerAccounts implements CustomerAccounts {

    static final String ACCOUNT_SID = "accountSid";
    static final String AUTH_TOKEN = "authToken";

    @Inject
    @ConfigProperty(name = "numbers.twilio.base-url", defaultValue = "https://api.twilio.com")
    String baseUrl;
    @Inject
    @ConfigProperty(name = "numbers.public-base-url", defaultValue = "http://localhost:8080")
    String publicBaseUrl;
    @Inject
    @ConfigProperty(name = "numbers.twilio.connect-timeout", defaultValue = "PT3S")
    Duration connectTimeout;
    @Inject
    @ConfigProperty(name = "numbers.twilio.read-timeout", defaultValue = "PT6S")
    Duration readTimeout;

    private Client client;

    @PostConstruct
    void connect() {
        client = TwilioNumbers.client(connectTimeout, readTimeout);
    }

    @PreDestroy
    void disconnect() {
        client.close();
    }

    @Override
    public String name() {
        return TwilioNumbers.NAME;
    }

    @Override
    public List<String> credentialNames() {
        return List.of(ACCOUNT_SID, AUTH_TOKEN);
    }

    @Override
    public String accountName(CarrierCredentials credentials) {
        return credentials.value(ACCOUNT_SID);
    }

    @Override
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 250, retryOn = {CarrierUnavailable.class, TimeoutException.class})
    public Optional<HeldNumber> find(CarrierCredentials credentials, E164Number number) {
        return owned(credentials).find(number);
    }

    @Override
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 250, retryOn = {CarrierUnavailable.class, TimeoutException.class})
    public String pointAtNumbers(CarrierCredentials credentials, HeldNumber number) {
        owned(credentials).pointAtNumbers(number);
        return number.voiceSettings();
    }

    @Override
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 250, retryOn = {CarrierUnavailable.class, TimeoutException.class})
    public void giveBack(CarrierCredentials credentials, String carrierReference, String kept) {
        owned(credentials).giveBack(carrierReference, kept);
    }

    /** Never retried: a call sent again is a second call. */
    @Override
    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    public PlacedCall dial(CarrierCredentials credentials, String kept, CallRequest request) {
        return wire(settings(credentials)).dial(request);
    }

    private TwilioOwnedNumbers owned(CarrierCredentials credentials) {
        TwilioSettings settings = settings(credentials);
        return new TwilioOwnedNumbers(wire(settings), settings);
    }

    private TwilioNumbers wire(TwilioSettings settings) {
        return new TwilioNumbers(settings, client);
    }

    private TwilioSettings settings(CarrierCredentials credentials) {
        try {
            return new TwilioSettings(URI.create(baseUrl), credentials.value(ACCOUNT_SID), credentials.value(AUTH_TOKEN),
                    URI.create(publicBaseUrl), connectTimeout, readTimeout);
        } catch (IllegalArgumentException e) {
            throw new CredentialsRefused("Twilio credentials are an account SID and an auth token: " + e.getMessage());
        }
    }
}
