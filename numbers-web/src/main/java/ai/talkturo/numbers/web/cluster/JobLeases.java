package ai.talkturo.numbers.web.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Leases on the timed jobs, so that across a cluster each job runs on one instance at a time. A lease is taken for
 * one run and handed back after it; one left by an instance that died mid-run runs out after
 * {@code numbers.purchase.reconcile-after}. Losing the race for a lease is the normal case, not an error.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobLeases {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;
    @Inject
    ThisInstance instance;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "numbers.purchase.reconcile-after", defaultValue = "PT2M")
    Duration lease;

    /**
     * Takes the job's lease if nobody else holds it (a lease under this instance's name is one its previous run left
     * behind); answers whether this instance may run the job now.
     */
    public boolean take(String job) {
        Instant now = clock.instant();
        return em.createQuery("update JobLeaseRow j set j.heldBy = :me, j.heldUntil = :until where j.job = :job "
                        + "and (j.heldUntil is null or j.heldUntil < :now or j.heldBy = :me)")
                .setParameter("me", instance.name())
                .setParameter("until", utc(now.plus(lease)))
                .setParameter("job", job)
                .setParameter("now", utc(now))
                .executeUpdate() == 1;
    }

    /** Hands the lease back, so that the next beat of any instance may run the job. */
    public void handBack(String job) {
        em.createQuery("update JobLeaseRow j set j.heldBy = null, j.heldUntil = null where j.job = :job and j.heldBy = :me")
                .setParameter("job", job)
                .setParameter("me", instance.name())
                .executeUpdate();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
