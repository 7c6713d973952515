package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import ai.talkturo.numbers.provisioning.port.PendingOrder;
import ai.talkturo.numbers.provisioning.port.PendingOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Heals numbers stuck in {@code purchasing}: every order still open {@code numbers.purchase.reconcile-after}
 * after it was booked (or last checked) is settled with its carrier. An order never placed (the server stopped
 * first) is placed now; a placed one is looked up: the account owns the number → {@code active}; the order failed
 * → {@code error}; still running → checked again later; the carrier has no trace of it → placed again, at most
 * {@value #ATTEMPTS} times in all, then {@code error}.
 */
@ApplicationScoped
public class ReconcileOrders {

    static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(ReconcileOrders.class.getName());

    @Inject
    PendingOrders orders;
    @Inject
    PhoneNumbers phoneNumbers;
    @Inject
    Carriers carriers;
    @Inject
    FulfilOrder fulfilOrder;
    @Inject
    SettleOrder settleOrder;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "numbers.purchase.reconcile-after")
    Duration reconcileAfter;

    /** Settles what is due; answers how many orders it looked at. */
    public int reconcile() {
        int looked = 0;
        for (String phoneNumberId : orders.due(clock.instant(), 200)) {
            Instant now = clock.instant();
            if (orders.claim(phoneNumberId, now, now.plus(reconcileAfter))) {
                looked++;
                try {
                    reconcile(phoneNumberId);
                } catch (RuntimeException trouble) {
                    LOG.log(Level.WARNING, "could not reconcile " + phoneNumberId + "; trying again later", trouble);
                    orders.postpone(phoneNumberId, null, clock.instant().plus(reconcileAfter));
                }
            }
        }
        return looked;
    }

    private void reconcile(String phoneNumberId) {
        PendingOrder order = orders.unsettled(phoneNumberId).orElse(null);
        PhoneNumber number = phoneNumbers.byId(phoneNumberId).orElse(null);
        if (order == null || number == null || number.status() != NumberStatus.PURCHASING) {
            orders.settled(phoneNumberId, clock.instant());
            return;
        }
        if (order.placedAt() == null) {
            fulfilOrder.place(phoneNumberId);
            return;
        }
        OrderOutcome outcome;
        try {
            outcome = carriers.named(number.provider()).lookUp(new NumberOrder(phoneNumberId, number.number(),
                    number.numberType(), null));
        } catch (CarrierUnavailable unavailable) {
            orders.postpone(phoneNumberId, null, clock.instant().plus(reconcileAfter));
            return;
        }
        if (!(outcome instanceof OrderOutcome.Unknown)) {
            settleOrder.settle(phoneNumberId, outcome);
        } else if (order.attempts() < ATTEMPTS) {
            fulfilOrder.place(phoneNumberId);
        } else {
            settleOrder.settle(phoneNumberId, new OrderOutcome.Failed("The carrier has no record of the order after "
                    + order.attempts() + " attempts, so nothing was bought; search again and choose a number"));
        }
    }
}
