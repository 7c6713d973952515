package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.assistant.Assistants;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * A customer gives a number to an assistant, or takes it away. A number held by another assistant moves in one
 * step; two changes of one number at the same time take turns on the number's row (the last one wins), so a
 * number always has exactly the assistant of the last change.
 */
@ApplicationScoped
@Transactional
public class AssignNumber {

    @Inject
    PhoneNumbers phoneNumbers;
    @Inject
    Assistants assistants;
    @Inject
    NumberEvents events;
    @Inject
    Clock clock;

    public PhoneNumber assign(String accountId, String assistantId, String phoneNumberId) {
        Assistant assistant = assistants.inAccount(accountId, assistantId).orElseThrow(() -> new NotFound("assistant", assistantId));
        PhoneNumber number = number(accountId, phoneNumberId);
        number.assignTo(assistant, clock);
        return store(number);
    }

    public PhoneNumber unassign(String accountId, String assistantId, String phoneNumberId) {
        assistants.inAccount(accountId, assistantId).orElseThrow(() -> new NotFound("assistant", assistantId));
        PhoneNumber number = number(accountId, phoneNumberId);
        if (!assistantId.equals(number.assistantId())) {
            throw new NotFound("phone number", phoneNumberId + " of assistant " + assistantId);
        }
        number.unassign(clock);
        return store(number);
    }

    private PhoneNumber number(String accountId, String phoneNumberId) {
        return phoneNumbers.lockedInAccount(accountId, phoneNumberId).orElseThrow(() -> new NotFound("phone number", phoneNumberId));
    }

    private PhoneNumber store(PhoneNumber number) {
        phoneNumbers.update(number);
        events.publish(number);
        return number;
    }
}
