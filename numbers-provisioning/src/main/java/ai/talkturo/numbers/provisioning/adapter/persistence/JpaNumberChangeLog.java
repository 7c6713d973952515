package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.provisioning.port.LoggedChange;
import ai.talkturo.numbers.provisioning.port.NumberChangeLog;
import ai.talkturo.numbers.provisioning.port.NumberState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes every {@link NumberChanged} to {@code number_changes} while the change's transaction is open, so the log
 * holds a change exactly when the change committed, each entry written at once so that the sequence follows the
 * order of the changes; reads them for the modules that follow the log; and forgets entries older than the readers
 * need.
 */
@ApplicationScoped
@Transactional
public class JpaNumberChangeLog implements NumberChangeLog {

    /** Sequences looked for again per query; more are looked for in later reads. */
    private static final int MOST_MISSING_PER_READ = 500;

    @PersistenceContext(unitName = "numbers")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "numbers.routing.change-log-retention")
    Duration retention;

    @Transactional(Transactional.TxType.MANDATORY)
    void onChange(@Observes(during = TransactionPhase.IN_PROGRESS) NumberChanged change) {
        em.persist(new NumberChangeRow(change));
        em.flush();
    }

    @Override
    public long head() {
        Long head = em.createQuery("select max(c.seq) from NumberChangeRow c", Long.class).getSingleResult();
        return head == null ? 0 : head;
    }

    @Override
    public Set<Long> present(long after, long upTo) {
        return new HashSet<>(em.createQuery("select c.seq from NumberChangeRow c where c.seq > :after and c.seq <= :upTo",
                        Long.class)
                .setParameter("after", after)
                .setParameter("upTo", upTo)
                .getResultList());
    }

    @Override
    public List<LoggedChange> read(long after, Collection<Long> missing, int max) {
        List<Long> looked = missing.stream().sorted().limit(MOST_MISSING_PER_READ).toList();
        TypedQuery<NumberChangeRow> query = em.createQuery("select c from NumberChangeRow c where c.seq > :after"
                        + (looked.isEmpty() ? "" : " or c.seq in :missing") + " order by c.seq", NumberChangeRow.class)
                .setParameter("after", after)
                .setMaxResults(max);
        if (!looked.isEmpty()) {
            query.setParameter("missing", looked);
        }
        return query.getResultStream()
                .map(row -> new LoggedChange(row.seq(), new NumberState(row.phoneNumber(), row.phoneNumberId(),
                        row.accountId(), row.assistantId(), row.status(), row.version(), row.inboundRules())))
                .toList();
    }

    @Override
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
