package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.persistence;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.SandboxOrder;
import ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.SandboxOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link SandboxOrders} in the {@code sandbox_numbers} table. Every call runs in a transaction of its own, so the
 * sandbox's bookkeeping commits, like a real carrier's, whatever becomes of the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class JpaSandboxOrders implements SandboxOrders {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public Optional<SandboxOrder> byReference(String reference) {
        return em.createQuery("select r from SandboxNumberRow r where r.orderReference = :reference",
                        SandboxNumberRow.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst().map(SandboxNumberRow::toOrder);
    }

    @Override
    public Optional<SandboxOrder> byCarrierReference(String carrierReference) {
        return em.createQuery("select r from SandboxNumberRow r where r.carrierReference = :reference",
                        SandboxNumberRow.class)
                .setParameter("reference", carrierReference)
                .getResultStream().findFirst().map(SandboxNumberRow::toOrder);
    }

    @Override
    public Optional<SandboxOrder> byNumber(E164Number number) {
        return Optional.ofNullable(em.find(SandboxNumberRow.class, number.value())).map(SandboxNumberRow::toOrder);
    }

    @Override
    public List<SandboxOrder> byNumbers(Collection<E164Number> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from SandboxNumberRow r where r.phoneNumber in :numbers",
                        SandboxNumberRow.class)
                .setParameter("numbers", numbers.stream().map(E164Number::value).toList())
                .getResultStream().map(SandboxNumberRow::toOrder).toList();
    }

    @Override
    public void add(SandboxOrder order) {
        try {
            em.persist(new SandboxNumberRow(order));
            em.flush();
        } catch (PersistenceException taken) {
            throw new Conflict(order.number() + " or the order " + order.reference() + " has an entry already", taken);
        }
    }

    @Override
    public void replace(SandboxOrder previous, SandboxOrder next) {
        SandboxNumberRow row = em.find(SandboxNumberRow.class, previous.number().value());
        if (row == null || row.version() != previous.version()) {
            throw new Conflict("the entry of " + previous.number() + " changed since it was read");
        }
        try {
            row.copy(next);
            em.flush();
        } catch (PersistenceException changed) {
            throw new Conflict("the entry of " + previous.number() + " changed meanwhile, or the order "
                    + next.reference() + " has another entry", changed);
        }
    }
}
