package ai.talkturo.numbers.web.webhooks;

import ai.talkturo.numbers.provisioning.CustomerAccount;
import ai.talkturo.numbers.provisioning.CustomerCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whose auth token signed a Twilio webhook: Numbers' own account's ({@code numbers.twilio.auth-token}) for the
 * numbers it bought, or the token of a customer's own account (named by the webhook's {@code AccountSid}) for the
 * numbers brought from there, and for those only: a customer's token never speaks for another account's number.
 * A customer's token and numbers are read from the database once and then kept in memory; a webhook that does not
 * verify with what is kept, or names a number not kept, is tried once more with the account read again, since
 * another instance may have brought a number in or taken new credentials since.
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

    /**
     * Who signed the webhook, if the signature verifies with the token of an account that speaks for the number of
     * ours the webhook is about: the caller ID of a call we placed, else the number called. Public, so that the
     * bean's proxy calls it directly rather than by reflection on every webhook.
     */
    public Optional<TwilioSigner> signer(String url, Map<String, List<String>> form, String signature) {
        String accountSid = FormFields.first(form, "AccountSid");
        boolean ours = accountSid == null || ourAccountSid.map(accountSid::equals).orElse(false);
        if (ours || ourAccountSid.isEmpty()) {
            if (signedBy(ourAuthToken.orElse(null), url, form, signature)) {
                return Optional.of(TwilioSigner.NUMBERS);
            }
            if (ours) {
                return Optional.empty();
            }
        }
        String phoneNumber = FormFields.first(form, FormFields.isOutbound(form) ? "From" : "To");
        Optional<CustomerAccount> known = customers.accountNamed(PROVIDER, accountSid);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        if (speaksFor(known.get(), url, form, signature, phoneNumber)) {
            return Optional.of(new TwilioSigner(known.get()));
        }
        customers.forget(PROVIDER, accountSid);
        return customers.accountNamed(PROVIDER, accountSid)
                .filter(account -> speaksFor(account, url, form, signature, phoneNumber))
                .map(TwilioSigner::new);
    }

    private static boolean speaksFor(CustomerAccount account, String url, Map<String, List<String>> form,
                                     String signature, String phoneNumber) {
        return account.holds(phoneNumber)
                && signedBy(account.credentials().value("authToken"), url, form, signature);
    }

    private static boolean signedBy(String token, String url, Map<String, List<String>> form, String signature) {
        return token != null && TwilioSignature.verifyWithOrWithoutDefaultPort(token, url, form, signature);
    }
}
