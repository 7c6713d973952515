package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.CarrierCredentials;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.CredentialsRefused;
import ai.talkturo.numbers.provisioning.port.CustomerAccounts;
import ai.talkturo.numbers.provisioning.port.HeldNumber;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Customers' own Telnyx accounts, opened with their API key through the same {@link TelnyxConnection} as Numbers'
 * own account. Look-ups and the
 * give-back are retried when Telnyx failed; pointing a number at Numbers creates an application, so it is not.
 */
@ApplicationScoped
class TelnyxCustomerAccounts implements CustomerAccounts {

    static final String API_KEY = "apiKey";
    private static final long CALL_TIMEOUT_MILLIS = 15_000;

    @Inject
    TelnyxConnection connection;

    @Override
    public String name() {
        return "telnyx";
    }

    @Override
    public List<String> credentialNames() {
        return List.of(API_KEY);
    }

    @Override
    public String accountName(CarrierCredentials credentials) {
        return null;
    }

    @Override
    @Timeout(CALL_TIMEOUT_MILLIS)
    @Retry(maxRetries = 2, delay = 300, jitter = 150, retryOn = {CarrierUnavailable.class, TimeoutException.class})
    public Optional<HeldNumber> find(CarrierCredentials credentials, E164Number number) {
        return owned(credentials).find(number);
    }

    @Override
    @Timeout(CALL_TIMEOUT_MILLIS)
    public String pointAtNumbers(CarrierCredentials credentials, HeldNumber number) {
        return owned(credentials).pointAtNumbers(number);
    }

    @Override
    @Timeout(CALL_TIMEOUT_MILLIS)
    @Retry(maxRetries = 2, delay = 300, jitter = 150, retryOn = {CarrierUnavailable.class, TimeoutException.class})
    public void giveBack(CarrierCredentials credentials, String carrierReference, String kept) {
        owned(credentials).giveBack(carrierReference, kept);
    }

    /** Never retried: a call sent again is a second call. It goes out through the application made for Numbers. */
    @Override
    @Timeout(CALL_TIMEOUT_MILLIS)
    public PlacedCall dial(CarrierCredentials credentials, String kept, CallRequest request) {
        String application = TelnyxOwnedNumbers.read(kept).getString(TelnyxOwnedNumbers.NUMBERS_CONNECTION, null);
        String webhookUrl = connection.publicUrl("/webhooks/telnyx/events?callId="
                + URLEncoder.encode(request.reference(), StandardCharsets.UTF_8));
        return api(credentials, application).dial(request, webhookUrl);
    }

    private TelnyxOwnedNumbers owned(CarrierCredentials credentials) {
        return new TelnyxOwnedNumbers(api(credentials, null).wire, connection.publicUrl("/webhooks/telnyx/voice"),
                connection.publicUrl("/webhooks/telnyx/events"));
    }

    private TelnyxApi api(CarrierCredentials credentials, String connectionId) {
        String key = credentials.value(API_KEY);
        if (key == null || key.isBlank()) {
            throw new CredentialsRefused("Telnyx opens a customer's account with its API key, and none was given");
        }
        return connection.account(key, connectionId);
    }
}
