package ai.talkturo.numbers.web.wiring;

import ai.talkturo.numbers.provisioning.adapter.persistence.NumberChangeRow;
import ai.talkturo.numbers.routing.Route;
import ai.talkturo.numbers.routing.RouteChange;
import ai.talkturo.numbers.routing.RouteChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Routing's view of provisioning's {@code number_changes}, read-only. Each read is a transaction of its own, so it
 * sees everything committed when it starts.
 */
@ApplicationScoped
@Transactional
public class JpaRouteChanges implements RouteChanges {

    /** Sequences looked for again per query; more are looked for in later reads. */
    private static final int MOST_MISSING_PER_READ = 500;

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

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
    public List<RouteChange> read(long after, Collection<Long> missing, int max) {
        List<Long> looked = missing.stream().sorted().limit(MOST_MISSING_PER_READ).toList();
        TypedQuery<NumberChangeRow> query = em.createQuery("select c from NumberChangeRow c where c.seq > :after"
                        + (looked.isEmpty() ? "" : " or c.seq in :missing") + " order by c.seq", NumberChangeRow.class)
                .setParameter("after", after)
                .setMaxResults(max);
        if (!looked.isEmpty()) {
            query.setParameter("missing", looked);
        }
        return query.getResultStream()
                .map(row -> new RouteChange(row.seq(), new Route(row.phoneNumber(), row.phoneNumberId(), row.accountId(),
                        row.assistantId(), row.status(), row.version(), row.inboundRules())))
                .toList();
    }
}
