package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.address.Address;
import ai.talkturo.numbers.domain.address.Addresses;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import ai.talkturo.numbers.provisioning.port.CarrierAddress;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import ai.talkturo.numbers.provisioning.port.PendingOrder;
import ai.talkturo.numbers.provisioning.port.PendingOrders;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Places a booked order with the number's carrier and settles it. It runs on the managed executor once the
 * purchase has committed, and again from {@link ReconcileOrders} for orders that were never placed or whose
 * carrier had no trace of them. The order is claimed first, for {@code numbers.purchase.reconcile-after}, so only one
 * worker of the cluster at a time asks the carrier and the claim of a worker that died runs out, and
 * {@code placed_at} is stored before the carrier is asked, so a crash in between is noticed and looked up, never
 * blindly repeated.
 */
@ApplicationScoped
public class FulfilOrder {

    private static final Logger LOG = Logger.getLogger(FulfilOrder.class.getName());

    @Resource
    ManagedExecutorService executor;
    @Inject
    Carriers carriers;
    @Inject
    PhoneNumbers phoneNumbers;
    @Inject
    Addresses addresses;
    @Inject
    PendingOrders orders;
    @Inject
    SettleOrder settleOrder;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "numbers.purchase.reconcile-after", defaultValue = "PT2M")
    Duration reconcileAfter;

    void onOpened(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderOpened opened) {
        executor.submit(() -> {
            try {
                fulfil(opened.phoneNumberId());
            } catch (RuntimeException trouble) {
                LOG.log(Level.WARNING, "placing the order of " + opened.phoneNumberId()
                        + " failed; reconciliation takes it over", trouble);
            }
        });
    }

    /** Claims the order and places it; does nothing when another worker holds it or it is settled. */
    public void fulfil(String phoneNumberId) {
        Instant now = clock.instant();
        if (orders.claim(phoneNumberId, now, now.plus(reconcileAfter))) {
            place(phoneNumberId);
        }
    }

    /** Places an order this worker has claimed. */
    void place(String phoneNumberId) {
        Optional<PendingOrder> order = orders.unsettled(phoneNumberId);
        PhoneNumber number = phoneNumbers.byId(phoneNumberId).orElse(null);
        if (order.isEmpty() || number == null || number.status() != NumberStatus.PURCHASING) {
            orders.settled(phoneNumberId, clock.instant());
            return;
        }
        orders.placed(phoneNumberId, clock.instant());
        OrderOutcome outcome;
        try {
            outcome = carriers.named(number.provider()).order(new NumberOrder(phoneNumberId, number.number(),
                    number.numberType(), carrierAddress(number.accountId(), order.get().addressId())));
        } catch (CarrierRefusal refusal) {
            outcome = new OrderOutcome.Failed(refusal.getMessage());
        } catch (RuntimeException trouble) {
            LOG.log(Level.WARNING, "ordering " + phoneNumberId + " failed; it will be looked up and tried again", trouble);
            outcome = new OrderOutcome.Pending(null);
        }
        settleOrder.settle(phoneNumberId, outcome);
    }

    private CarrierAddress carrierAddress(String accountId, String addressId) {
        if (addressId == null) {
            return null;
        }
        return addresses.inAccount(accountId, addressId)
                .map(FulfilOrder::toCarrierAddress)
                .orElse(null);
    }

    private static CarrierAddress toCarrierAddress(Address address) {
        return new CarrierAddress(address.id(), address.customerName(), address.street(), address.city(),
                address.postalCode(), address.region(), address.countryCode());
    }
}
