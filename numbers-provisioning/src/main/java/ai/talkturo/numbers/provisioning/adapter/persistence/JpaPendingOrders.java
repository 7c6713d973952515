package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.provisioning.port.PendingOrder;
import ai.talkturo.numbers.provisioning.port.PendingOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link PendingOrders} in {@code number_orders}; each call outside a transaction commits on its own. */
@ApplicationScoped
@Transactional
public class JpaPendingOrders implements PendingOrders {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public void add(String phoneNumberId, String assistantId, String addressId, String complianceProfileId,
                    Instant checkAfter) {
        em.persist(new NumberOrderRow(phoneNumberId, assistantId, addressId, complianceProfileId, checkAfter));
    }

    @Override
    public Optional<PendingOrder> unsettled(String phoneNumberId) {
        return Optional.ofNullable(em.find(NumberOrderRow.class, phoneNumberId))
                .filter(row -> !row.settled())
                .map(NumberOrderRow::toPendingOrder);
    }

    @Override
    public List<String> due(Instant now, int max) {
        return em.createQuery("select o.phoneNumberId from NumberOrderRow o where o.settledAt is null and o.checkAfter <= :now "
                        + "and (o.claimedUntil is null or o.claimedUntil < :now) order by o.checkAfter", String.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * In the caller's transaction, if it has one: a claim is only worth something once others see it, so a caller
     * that claims in its own transaction commits it before it acts on the order ({@code ClaimOrder}).
     */
    @Override
    public boolean claim(String phoneNumberId, Instant now, Instant until) {
        return em.createQuery("update NumberOrderRow o set o.claimedUntil = :until where o.phoneNumberId = :id "
                        + "and o.settledAt is null and (o.claimedUntil is null or o.claimedUntil < :now)")
                .setParameter("until", until)
                .setParameter("id", phoneNumberId)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    @Override
    public boolean claimToPlace(String phoneNumberId, Instant now, Instant until) {
        return em.createQuery("update NumberOrderRow o set o.claimedUntil = :until, o.placedAt = :now, "
                        + "o.attempts = o.attempts + 1 where o.phoneNumberId = :id and o.settledAt is null "
                        + "and o.placedAt is null and (o.claimedUntil is null or o.claimedUntil < :now)")
                .setParameter("until", until)
                .setParameter("id", phoneNumberId)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    @Override
    public void placed(String phoneNumberId, Instant at) {
        em.find(NumberOrderRow.class, phoneNumberId).placed(at);
    }

    @Override
    public void postpone(String phoneNumberId, String carrierOrderReference, Instant checkAfter) {
        em.find(NumberOrderRow.class, phoneNumberId).postpone(carrierOrderReference, checkAfter);
    }

    @Override
    public void settled(String phoneNumberId, Instant at) {
        NumberOrderRow row = em.find(NumberOrderRow.class, phoneNumberId);
        if (row != null) {
            row.settle(at);
        }
    }
}
