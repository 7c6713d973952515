package ai.talkturo.numbers.web.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/**
 * The rows of {@code instances}, each statement a transaction of its own. A row is written by INSERT first and
 * touched by an UPDATE of its key afterwards: an UPDATE of a row that is not there yet would take a gap lock, and two
 * instances starting together would deadlock on their INSERTs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class InstanceRows {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    void insert(String name, LocalDateTime startedAt, LocalDateTime seenAt) {
        em.persist(new InstanceRow(name, startedAt, seenAt));
        em.flush();
    }

    int touch(String name, LocalDateTime startedAt, LocalDateTime seenAt) {
        return em.createQuery("update InstanceRow i set i.startedAt = :started, i.seenAt = :now where i.name = :name")
                .setParameter("started", startedAt)
                .setParameter("now", seenAt)
                .setParameter("name", name)
                .executeUpdate();
    }

    boolean seen(String name, LocalDateTime startedAt, LocalDateTime since) {
        return em.createQuery("select count(i) from InstanceRow i where i.name = :name and i.startedAt = :started "
                        + "and i.seenAt >= :since", Long.class)
                .setParameter("name", name)
                .setParameter("started", startedAt)
                .setParameter("since", since)
                .getSingleResult() > 0;
    }
}
