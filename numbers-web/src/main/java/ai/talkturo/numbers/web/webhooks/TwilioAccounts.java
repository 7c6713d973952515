package ai.talkturo.numbers.web.webhooks;

import ai.talkturo.numbers.provisioning.CustomerCredentials;
import ai.talkturo.numbers.provisioning.port.CarrierCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whose auth token signed a Twilio webhook: Numbers' own account's ({@code numbers.twilio.auth-token}) for the
 * numbers it bought, or the token of a customer's own account (named by the webhook's {@code AccountSid}) for the
 * numbers brought from there. A customer's token is read from the database once and then kept in memory; a
 * signature that does not verify with a kept token is tried once more with the token read again, in case the
 * customer gave new credentials since.
 */
@ApplicationScoped
public class TwilioAccounts {

    private static final String PROVIDER = "twilio";

    @Inject
    CustomerCredentials customers;
    @Inject
    @ConfigProperty(name = "numbers.twilio.account-sid")
    Optional<String> ourAccountSid;
    @Inject
    @ConfigProperty(name = "numbers.twilio.auth-token")
    Optional<String> ourAuthToken;

    public boolean signed(String url, Map<String, List<String>> form, String signature) {
        String accountSid = first(form, "AccountSid");
        boolean ours = accountSid == null || ourAccountSid.isEmpty() || ourAccountSid.get().equals(accountSid);
        if (ours) {
            return ourAuthToken.isPresent()
                    && TwilioSignature.verifyWithOrWithoutDefaultPort(ourAuthToken.get(), url, form, signature);
        }
        Optional<CarrierCredentials> known = customers.ofAccountNamed(PROVIDER, accountSid);
        if (known.isEmpty() || verifies(known, url, form, signature)) {
            return known.isPresent();
        }
        customers.forget(PROVIDER, accountSid);
        return verifies(customers.ofAccountNamed(PROVIDER, accountSid), url, form, signature);
    }

    private static boolean verifies(Optional<CarrierCredentials> credentials, String url,
                                    Map<String, List<String>> form, String signature) {
        return credentials.map(known -> known.value("authToken"))
                .filter(token -> TwilioSignature.verifyWithOrWithoutDefaultPort(token, url, form, signature))
                .isPresent();
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
