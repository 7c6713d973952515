package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.provisioning.port.CarrierCredentials;
import java.util.Objects;
import java.util.Set;

/**
 * A customer's own account at a carrier as Numbers knows it: the newest credentials given for it, and the E.164
 * numbers brought from it that are still in Numbers. Its credentials speak for those numbers and no others.
 */
public record CustomerAccount(CarrierCredentials credentials, Set<String> numbers) {

    public CustomerAccount {
        Objects.requireNonNull(credentials, "credentials");
        numbers = Set.copyOf(numbers);
    }

    public boolean holds(String phoneNumber) {
        return phoneNumber != null && numbers.contains(phoneNumber);
    }
}
