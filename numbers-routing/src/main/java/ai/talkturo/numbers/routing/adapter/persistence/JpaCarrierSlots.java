package ai.talkturo.numbers.routing.adapter.persistence;

import ai.talkturo.numbers.routing.CarrierSlots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * {@link CarrierSlots} in {@code carrier_slots}: a reservation locks the carrier's row, moves its next slot on and
 * commits at once, whatever transaction the caller is in, so that reservations of all instances take turns briefly.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaCarrierSlots implements CarrierSlots {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public Instant reserve(String carrier, Instant now, Duration interval) {
        CarrierSlotRow row = em.find(CarrierSlotRow.class, carrier, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new CarrierSlotRow(carrier);
            em.persist(row);
        }
        return row.take(now, interval);
    }
}
