package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Reads an account's numbers. */
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
}
