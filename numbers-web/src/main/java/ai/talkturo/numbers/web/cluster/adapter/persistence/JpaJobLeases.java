package ai.talkturo.numbers.web.cluster.adapter.persistence;

import ai.talkturo.numbers.web.cluster.JobLeases;
import ai.talkturo.numbers.web.cluster.ThisInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@link JobLeases} in {@code job_leases}: one row per job, taken and handed back by conditional UPDATEs. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class JpaJobLeases implements JobLeases {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;
    @Inject
    ThisInstance instance;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "numbers.purchase.reconcile-after")
    Duration lease;

    @Override
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

    @Override
    public void handBack(String job) {
        em.createQuery("update JobLeaseRow j set j.heldBy = null, j.heldUntil = null where j.job = :job and j.heldBy = :me")
                .setParameter("job", job)
                .setParameter("me", instance.name())
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeTurns(String job) {
        em.find(JobLeaseRow.class, job, LockModeType.PESSIMISTIC_WRITE);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
