package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Customers' own Twilio accounts, opened with their account SID and auth token through the same
 * {@link TwilioConnection} as Numbers' own account. Look-ups and updates of a number's voice settings are idempotent and
 * retried when Twilio failed; calls are never sent twice.
 */
@ApplicationScoped
class TwilioCustomerAccounts implements CustomerAccounts {

    static final String ACCOUNT_SID = "accountSid";
    static final String AUTH_TOKEN = "authToken";

    @Inject
    TwilioConnection connection;

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
        return connection.account(settings(credentials)).dial(request);
    }

    private TwilioOwnedNumbers owned(CarrierCredentials credentials) {
        TwilioSettings settings = settings(credentials);
        return new TwilioOwnedNumbers(connection.account(settings).wire, settings);
    }

    private TwilioSettings settings(CarrierCredentials credentials) {
        try {
            return connection.settings(credentials.value(ACCOUNT_SID), credentials.value(AUTH_TOKEN));
        } catch (IllegalArgumentException e) {
            throw new CredentialsRefused("Twilio credentials are an account SID and an auth token: " + e.getMessage());
        }
    }
}
