package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import ai.talkturo.numbers.provisioning.port.PendingOrder;
import ai.talkturo.numbers.provisioning.port.PendingOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What comes before a carrier is asked for a number, in one transaction that commits before it is asked: the order
 * claimed for this worker for {@code numbers.purchase.reconcile-after} (unless the caller holds the claim already),
 * the number read, and {@code placed_at} stored, so that a crash after the commit is noticed and looked up, never
 * blindly repeated. An order settled meanwhile, or whose number is no longer {@code purchasing}, is marked settled
 * and there is nothing to place.
 */
@ApplicationScoped
public class ClaimOrder {

    /**
     * An order claimed by this worker and marked placed: its number as it stands, and the address and compliance
     * profile it names.
     */
    public record ToPlace(PhoneNumber number, String addressId, String complianceProfileId) {
    }

    @Inject
    PendingOrders orders;
    @Inject
    PhoneNumbers phoneNumbers;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "numbers.purchase.reconcile-after")
    Duration reconcileAfter;

    /**
     * Claims an order just opened, never placed, and marks it placed; empty when another worker holds it or there is
     * nothing to place.
     */
    @Transactional
    public Optional<ToPlace> opened(OrderOpened order) {
        Instant now = clock.instant();
        if (!orders.claimToPlace(order.phoneNumberId(), now, now.plus(reconcileAfter))) {
            return Optional.empty();
        }
        return purchasing(order.phoneNumberId(), now).map(number -> new ToPlace(number, order.addressId(), order.complianceProfileId()));
    }

    /** Marks an order this worker has claimed placed; empty when there is nothing to place. */
    @Transactional
    public Optional<ToPlace> claimed(String phoneNumberId) {
        Instant now = clock.instant();
        Optional<PendingOrder> order = orders.unsettled(phoneNumberId);
        if (order.isEmpty()) {
            orders.settled(phoneNumberId, now);
            return Optional.empty();
        }
        Optional<PhoneNumber> number = purchasing(phoneNumberId, now);
        number.ifPresent(purchasing -> orders.placed(phoneNumberId, now));
        return number.map(purchasing -> new ToPlace(purchasing, order.get().addressId(),
                order.get().complianceProfileId()));
    }

    /** The number while it is being bought; otherwise its order is settled and the answer empty. */
    private Optional<PhoneNumber> purchasing(String phoneNumberId, Instant now) {
        Optional<PhoneNumber> number = phoneNumbers.byId(phoneNumberId)
                .filter(found -> found.status() == NumberStatus.PURCHASING);
        if (number.isEmpty()) {
            orders.settled(phoneNumberId, now);
        }
        return number;
    }
}
