package ai.talkturo.numbers.web.cluster.adapter.persistence;

import ai.talkturo.numbers.web.cluster.Instances;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/** {@link Instances} in {@code instances}, one row per instance name. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class JpaInstances implements Instances {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public void add(String name, LocalDateTime startedAt, LocalDateTime seenAt) {
        em.persist(new InstanceRow(name, startedAt, seenAt));
        em.flush();
    }

    @Override
    public int touch(String name, LocalDateTime startedAt, LocalDateTime seenAt) {
        return em.createQuery("update InstanceRow i set i.startedAt = :started, i.seenAt = :now where i.name = :name")
                .setParameter("started", startedAt)
                .setParameter("now", seenAt)
                .setParameter("name", name)
                .executeUpdate();
    }

    @Override
    public boolean seen(String name, LocalDateTime startedAt, LocalDateTime since) {
        return em.createQuery("select count(i) from InstanceRow i where i.name = :name and i.startedAt = :started "
                        + "and i.seenAt >= :since", Long.class)
                .setParameter("name", name)
                .setParameter("started", startedAt)
                .setParameter("since", since)
                .getSingleResult() > 0;
    }
}
