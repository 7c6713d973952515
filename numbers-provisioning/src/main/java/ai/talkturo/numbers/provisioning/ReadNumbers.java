package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Reads an account's numbers; and, for operators, the numbers of every account. */
@ApplicationScoped
public class ReadNumbers {

    @Inject
    PhoneNumbers phoneNumbers;

    public PhoneNumber find(String accountId, String phoneNumberId) {
        return phoneNumbers.inAccount(accountId, phoneNumberId).orElseThrow(() -> new NotFound("phone number", phoneNumberId));
    }

    /** Up to {@code limit} numbers after {@code afterId}, in id order; {@code status} and {@code assistantId} filter when set. */
    public List<PhoneNumber> page(String accountId, NumberStatus status, String assistantId, String afterId, int limit) {
        return phoneNumbers.page(accountId, status, assistantId, afterId, limit);
    }

    /**
     * Up to {@code limit} numbers of every account, newest first, older than {@code beforeId}; {@code status},
     * {@code country} and {@code provider} (the carrier) filter when set.
     */
    public List<PhoneNumber> everyAccount(NumberStatus status, Country country, String provider, String beforeId, int limit) {
        return phoneNumbers.search(status, country, provider, beforeId, limit);
    }
}
