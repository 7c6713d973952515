package ai.talkturo.numbers.provisioning.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where numbers brought from customers' own carrier accounts are kept, with their sealed credentials. */
public interface ImportedNumbers {

    void add(ImportedNumber number, Instant at);

    Optional<ImportedNumber> find(String phoneNumberId);

    /** The number's old voice settings are back in the customer's account. */
    void givenBack(String phoneNumberId, Instant at);

    /**
     * The numbers still in Numbers that were brought from this account of the carrier
     * ({@link ImportedNumber#carrierAccount()}), the newest first.
     */
    List<ImportedNumber> from(String provider, String carrierAccount);
}
