package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.provisioning.port.CarrierCredentials;
import ai.talkturo.numbers.provisioning.port.ImportedNumber;
import ai.talkturo.numbers.provisioning.port.ImportedNumbers;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The customers' carrier credentials, sealed under {@code numbers.secrets.key} before they are stored and opened
 * only to act on the numbers of the account they came with. Credentials that sign webhooks (Twilio's auth token)
 * are kept open in memory by the carrier account's name once asked for, so that a webhook is checked without the
 * database after its first.
 */
@ApplicationScoped
public class CustomerCredentials {

    @Inject
    ImportedNumbers imported;
    @Inject
    @ConfigProperty(name = "numbers.secrets.key")
    Optional<String> key;

    private CredentialSeal seal;
    private String trouble;
    private final Map<String, CustomerAccount> byAccountName = new ConcurrentHashMap<>();

    /** A malformed key does not get this far: {@code ConfigurationCheck} stops the start. */
    @PostConstruct
    void open() {
        if (key.isEmpty() || key.get().isBlank()) {
            trouble = "Numbers cannot keep carrier credentials: numbers.secrets.key is not set (the Base64 of 32 random "
                    + "bytes, such as the output of: openssl rand -base64 32)";
            return;
        }
        seal = new CredentialSeal(key.get());
    }

    /** @throws SecretsKeyMissing when there is no usable key: nothing is stored plainly instead */
    public String seal(CarrierCredentials credentials, String accountId) {
        return seal().seal(credentials, accountId);
    }

    public CarrierCredentials of(ImportedNumber number) {
        return seal().open(number.sealedCredentials(), number.accountId());
    }

    /**
     * The carrier account with this name (Twilio's account SID) that numbers still in Numbers were brought from,
     * with the newest credentials given for it; empty when there is none. Kept in memory once read.
     */
    public Optional<CustomerAccount> accountNamed(String provider, String carrierAccount) {
        if (seal == null || carrierAccount == null) {
            return Optional.empty();
        }
        String name = provider + ":" + carrierAccount;
        CustomerAccount known = byAccountName.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        List<ImportedNumber> numbers = imported.from(provider, carrierAccount);
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        CustomerAccount account = new CustomerAccount(of(numbers.get(0)),
                numbers.stream().map(ImportedNumber::phoneNumber).collect(Collectors.toSet()));
        byAccountName.put(name, account);
        return Optional.of(account);
    }

    /** Forgets what is kept in memory of this account: a number was brought from it or given back, or new credentials given. */
    public void forget(String provider, String carrierAccount) {
        if (carrierAccount != null) {
            byAccountName.remove(provider + ":" + carrierAccount);
        }
    }

    private CredentialSeal seal() {
        if (seal == null) {
            throw new SecretsKeyMissing(trouble);
        }
        return seal;
    }
}
