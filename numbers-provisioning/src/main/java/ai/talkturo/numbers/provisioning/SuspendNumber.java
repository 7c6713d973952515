package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** An operator suspends an active number (it stops taking calls) and resumes it. */
@ApplicationScoped
@Transactional
public class SuspendNumber {

    @Inject
    PhoneNumbers phoneNumbers;
    @Inject
    NumberEvents events;
    @Inject
    Clock clock;

    public PhoneNumber suspend(String phoneNumberId, String reason) {
        PhoneNumber number = find(phoneNumberId);
        number.suspend(reason, clock);
        return store(number);
    }

    public PhoneNumber resume(String phoneNumberId) {
        PhoneNumber number = find(phoneNumberId);
        number.resume(clock);
        return store(number);
    }

    private PhoneNumber find(String phoneNumberId) {
        return phoneNumbers.byId(phoneNumberId).orElseThrow(() -> new NotFound("phone number", phoneNumberId));
    }

    private PhoneNumber store(PhoneNumber number) {
        phoneNumbers.update(number);
        events.publish(number);
        return number;
    }
}
