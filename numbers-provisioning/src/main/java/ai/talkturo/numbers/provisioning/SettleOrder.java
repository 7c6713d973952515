package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.assistant.Assistants;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import ai.talkturo.numbers.provisioning.port.PendingOrder;
import ai.talkturo.numbers.provisioning.port.PendingOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies what the carrier said about an order to the number: {@code active} (and assigned to the assistant the
 * purchase named), {@code error} with the carrier's reason, or still {@code purchasing} to be checked again. An
 * outcome for a number that is no longer {@code purchasing} changes nothing, so repeated or late news is harmless.
 */
@ApplicationScoped
public class SettleOrder {

    private static final Logger LOG = Logger.getLogger(SettleOrder.class.getName());

    @Inject
    PhoneNumbers phoneNumbers;
    @Inject
    Assistants assistants;
    @Inject
    PendingOrders orders;
    @Inject
    NumberEvents events;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "numbers.purchase.reconcile-after")
    Duration reconcileAfter;

    /**
     * The number is read locked: the carrier's webhook and the reconciliation may settle one order at the same time,
     * and the second then finds it settled instead of losing to the first.
     */
    @Transactional
    public void settle(String phoneNumberId, OrderOutcome outcome) {
        PhoneNumber number = phoneNumbers.lockedById(phoneNumberId).orElse(null);
        if (number == null || number.status() != NumberStatus.PURCHASING) {
            orders.settled(phoneNumberId, clock.instant());
            return;
        }
        if (outcome instanceof OrderOutcome.Pending pending) {
            orders.postpone(phoneNumberId, pending.carrierOrderReference(), clock.instant().plus(reconcileAfter));
            if (pending.waitingFor() != null && number.waitFor(pending.waitingFor(), clock)) {
                phoneNumbers.update(number);
            }
            return;
        }
        if (outcome instanceof OrderOutcome.Completed completed) {
            activate(number, completed.carrierReference());
        } else if (outcome instanceof OrderOutcome.Failed failed) {
            number.fail(failed.reason(), clock);
        } else {
            throw new IllegalArgumentException("an order the carrier does not know cannot be settled");
        }
        phoneNumbers.update(number);
        orders.settled(phoneNumberId, clock.instant());
        events.publish(number);
    }

    private void activate(PhoneNumber number, String carrierReference) {
        number.activate(carrierReference, clock);
        String assistantId = orders.unsettled(number.id()).map(PendingOrder::assistantId).orElse(null);
        if (assistantId != null) {
            assistants.inAccount(number.accountId(), assistantId).ifPresentOrElse(
                    assistant -> number.assignTo(assistant, clock),
                    () -> LOG.info(() -> number.id() + " is active; its assistant " + assistantId + " was deleted meanwhile"));
        }
    }
}
