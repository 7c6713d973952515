package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.address.Addresses;
import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.ComplianceProfiles;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.provisioning.port.CarrierAddress;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Places a booked order with the number's carrier and settles it. It runs on the managed executor once the
 * purchase has committed, and again from {@link ReconcileOrders} for orders that were never placed or whose
 * carrier had no trace of them. The order is claimed first, for {@code numbers.purchase.reconcile-after}, so only one
 * worker of the cluster at a time asks the carrier and the claim of a worker that died runs out, and
 * {@code placed_at} is stored with the claim, before the carrier is asked ({@link ClaimOrder}), so a crash in
 * between is noticed and looked up, never blindly repeated.
 */
@ApplicationScoped
public class FulfilOrder {

    private static final Logger LOG = Logger.getLogger(FulfilOrder.class.getName());

    @Resource
    ManagedExecutorService executor;
    @Inject
    Carriers carriers;
    @Inject
    Addresses addresses;
    @Inject
    ComplianceProfiles profiles;
    @Inject
    ClaimOrder claimOrder;
    @Inject
    SettleOrder settleOrder;

    void onOpened(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderOpened opened) {
        executor.submit(() -> {
            try {
                fulfil(opened);
            } catch (RuntimeException trouble) {
                LOG.log(Level.WARNING, "placing the order of " + opened.phoneNumberId()
                        + " failed; reconciliation takes it over", trouble);
            }
        });
    }

    /** Claims the order just opened and places it; does nothing when another worker holds it or it is settled. */
    void fulfil(OrderOpened opened) {
        claimOrder.opened(opened).ifPresent(this::place);
    }

    /** Places an order this worker has claimed. */
    void place(String phoneNumberId) {
        claimOrder.claimed(phoneNumberId).ifPresent(this::place);
    }

    private void place(ClaimOrder.ToPlace toPlace) {
        PhoneNumber number = toPlace.number();
        OrderOutcome outcome;
        try {
            outcome = carriers.named(number.provider()).order(new NumberOrder(number.id(), number.number(),
                    number.numberType(), carrierAddress(number.accountId(), toPlace.addressId()),
                    compliance(toPlace.complianceProfileId())));
        } catch (CarrierRefusal refusal) {
            outcome = new OrderOutcome.Failed(refusal.getMessage());
        } catch (RuntimeException trouble) {
            LOG.log(Level.WARNING, "ordering " + number.id() + " failed; it will be looked up and tried again", trouble);
            outcome = new OrderOutcome.Pending(null);
        }
        settleOrder.settle(number.id(), outcome);
    }

    private CarrierAddress carrierAddress(String accountId, String addressId) {
        if (addressId == null) {
            return null;
        }
        return addresses.inAccount(accountId, addressId)
                .map(CarrierAddress::of)
                .orElse(null);
    }

    private CarrierReferences compliance(String complianceProfileId) {
        return complianceProfileId == null ? null
                : profiles.byId(complianceProfileId).map(ComplianceProfile::carrier).orElse(null);
    }
}
