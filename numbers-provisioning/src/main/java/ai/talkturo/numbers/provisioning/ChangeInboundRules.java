package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.Function;

/**
 * A customer sets how one of its numbers treats incoming calls. The new rules are worked out from the current ones
 * while the number's row is held, so two changes at the same time take turns and neither is lost; the routing table
 * of every instance learns them from the numbers' change log.
 */
@ApplicationScoped
@Transactional
public class ChangeInboundRules {

    @Inject
    PhoneNumbers phoneNumbers;
    @Inject
    NumberEvents events;
    @Inject
    Clock clock;

    /**
     * @param change the new rules of the number as it is now (its current rules among them); it may refuse them by
     *               throwing, which changes nothing
     */
    public PhoneNumber change(String accountId, String phoneNumberId, Function<PhoneNumber, InboundRules> change) {
        PhoneNumber number = phoneNumbers.lockedInAccount(accountId, phoneNumberId)
                .orElseThrow(() -> new NotFound("phone number", phoneNumberId));
        number.changeInboundRules(change.apply(number), clock);
        phoneNumbers.update(number);
        events.publish(number);
        return number;
    }
}
