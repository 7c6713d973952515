package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.number.NumberChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes every {@link NumberChanged} to {@code number_changes} while the change's transaction is open, so the log
 * holds a change exactly when the change committed, each entry written at once so that the sequence follows the
 * order of the changes; and forgets entries older than the readers need.
 */
@ApplicationScoped
public class JpaNumberChangeLog {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "numbers.routing.change-log-retention", defaultValue = "P1D")
    Duration retention;

    @Transactional(Transactional.TxType.MANDATORY)
    void onChange(@Observes(during = TransactionPhase.IN_PROGRESS) NumberChanged change) {
        em.persist(new NumberChangeRow(change));
        em.flush();
    }

    /**
     * Deletes the entries older than {@code numbers.routing.change-log-retention}, but for the newest, which keeps
     * the sequence where it was; answers how many it deleted.
     */
    @Transactional
    public int forgetOld() {
        Long newest = em.createQuery("select max(c.seq) from NumberChangeRow c", Long.class).getSingleResult();
        if (newest == null) {
            return 0;
        }
        return em.createQuery("delete from NumberChangeRow c where c.changedAt < :cutoff and c.seq < :newest")
                .setParameter("cutoff", clock.instant().minus(retention))
                .setParameter("newest", newest)
                .executeUpdate();
    }
}
