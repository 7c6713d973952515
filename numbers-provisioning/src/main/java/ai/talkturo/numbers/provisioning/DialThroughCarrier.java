package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.ImportedNumber;
import ai.talkturo.numbers.provisioning.port.ImportedNumbers;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Places a call from one of an account's numbers through the carrier account that holds it: Numbers' own account at
 * the carrier it was bought from, or, for a number brought in, the customer's own account, with their credentials.
 */
@ApplicationScoped
public class DialThroughCarrier {

    @Inject
    Carriers carriers;
    @Inject
    ImportedNumbers importedNumbers;
    @Inject
    CustomerCredentials credentials;

    public PlacedCall dial(String phoneNumberId, String provider, CallRequest request) {
        Optional<ImportedNumber> imported = importedNumbers.find(phoneNumberId);
        if (imported.isEmpty()) {
            return carriers.named(provider).dial(request);
        }
        ImportedNumber number = imported.get();
        return carriers.customerAccountsAt(number.provider())
                .orElseThrow(() -> new IllegalStateException("no carrier " + number.provider()))
                .dial(credentials.of(number), number.kept(), request);
    }

    /**
     * Ends a call placed through Numbers' own account at {@code provider} at once (see {@link
     * ai.talkturo.numbers.provisioning.port.Carrier#hangUp}).
     */
    public void hangUp(String provider, String carrierCallId) {
        carriers.named(provider).hangUp(carrierCallId);
    }
}
