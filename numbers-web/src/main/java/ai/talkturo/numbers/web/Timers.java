package ai.talkturo.numbers.web;

import ai.talkturo.numbers.provisioning.ExpireTrials;
import ai.talkturo.numbers.provisioning.ReconcileOrders;
import ai.talkturo.numbers.provisioning.ReleaseAtCarrier;
import ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.SandboxCarrier;
import ai.talkturo.numbers.provisioning.adapter.persistence.JpaNumberChangeLog;
import ai.talkturo.numbers.routing.RunCampaign;
import ai.talkturo.numbers.web.api.IdempotencyKeys;
import ai.talkturo.numbers.web.partners.AnnounceExpiringTrials;
import ai.talkturo.numbers.web.partners.DeliverPartnerEvents;
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
 * carriers about releases, forgetting old idempotency keys, announcing expiring trials to partners and retrying
 * partner webhooks, keeping campaigns dialling (after a restart too) and reporting the ends of sandbox calls the
 * server missed. Each job skips a beat rather than overlap itself; the jobs themselves claim rows in the
 * database, so several instances may run them side by side.
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
    @Inject
    AnnounceExpiringTrials announceExpiringTrials;
    @Inject
    DeliverPartnerEvents deliverPartnerEvents;
    @Inject
    RunCampaign runCampaign;
    @Inject
    SandboxCarrier sandboxCarrier;
    @Inject
    JpaNumberChangeLog numberChangeLog;

    private final AtomicBoolean reconciling = new AtomicBoolean();
    private final AtomicBoolean expiring = new AtomicBoolean();
    private final AtomicBoolean releasing = new AtomicBoolean();
    private final AtomicBoolean announcing = new AtomicBoolean();
    private final AtomicBoolean delivering = new AtomicBoolean();
    private final AtomicBoolean campaigning = new AtomicBoolean();
    private final AtomicBoolean reportingCalls = new AtomicBoolean();

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

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void announceExpiringTrials() {
        once(announcing, "announcing expiring trial numbers", announceExpiringTrials::announce);
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void deliverPartnerEvents() {
        once(delivering, "delivering partner webhooks", deliverPartnerEvents::deliverDue);
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void runCampaigns() {
        once(campaigning, "running campaigns", runCampaign::resumeRunning);
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void reportSandboxCalls() {
        once(reportingCalls, "reporting sandbox calls", sandboxCarrier::reportEndedCalls);
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void forgetOldIdempotencyKeys() {
        idempotencyKeys.forgetOld();
    }

    @Schedule(hour = "*", minute = "23", persistent = false)
    void forgetOldNumberChanges() {
        numberChangeLog.forgetOld();
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
