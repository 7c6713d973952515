package ai.talkturo.numbers.web;

import ai.talkturo.numbers.provisioning.ExpireTrials;
import ai.talkturo.numbers.provisioning.ReconcileOrders;
import ai.talkturo.numbers.provisioning.ReleaseAtCarrier;
import ai.talkturo.numbers.web.api.IdempotencyKeys;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The product's clockwork: settling orders stuck in {@code purchasing}, releasing expired trial numbers, telling
 * carriers about releases, forgetting old idempotency keys. Each job skips a beat rather than overlap itself; the
 * jobs themselves claim rows in the database, so several instances may run them side by side.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Timers {

    private static final Logger LOG = Logger.getLogger(Timers.class.getName());

    @Inject
    ReconcileOrders reconcileOrders;
    @Inject
    ExpireTrials expireTrials;
    @Inject
    ReleaseAtCarrier releaseAtCarrier;
    @Inject
    IdempotencyKeys idempotencyKeys;

    private final AtomicBoolean reconciling = new AtomicBoolean();
    private final AtomicBoolean expiring = new AtomicBoolean();
    private final AtomicBoolean releasing = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void reconcileOrders() {
        once(reconciling, "reconciling orders", reconcileOrders::reconcile);
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void expireTrials() {
        once(expiring, "expiring trial numbers", expireTrials::expire);
    }

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    void releaseAtCarriers() {
        once(releasing, "releasing numbers at carriers", releaseAtCarrier::releaseDue);
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void forgetOldIdempotencyKeys() {
        idempotencyKeys.forgetOld();
    }

    private static void once(AtomicBoolean running, String what, Runnable job) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " failed; trying again at the next beat", e);
        } finally {
            running.set(false);
        }
    }
}
