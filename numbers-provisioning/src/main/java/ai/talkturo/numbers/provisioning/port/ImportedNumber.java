package ai.talkturo.numbers.provisioning.port;

import java.util.Objects;

/**
 * What is kept of a number brought from the customer's own carrier account: the number, the carrier, the readable name of the
 * account ({@code carrierAccount}, may be null), the credentials sealed under {@code numbers.secrets.key}, and the
 * voice settings to give back ({@link CustomerAccounts#pointAtNumbers}).
 */
public record ImportedNumber(String phoneNumberId, String phoneNumber, String accountId, String provider,
                             String carrierAccount, String sealedCredentials, String kept) {

    public ImportedNumber {
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(sealedCredentials, "sealedCredentials");
        Objects.requireNonNull(kept, "kept");
    }
}
