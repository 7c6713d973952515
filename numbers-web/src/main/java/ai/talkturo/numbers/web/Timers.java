package ai.talkturo.numbers.web;

import ai.talkturo.numbers.provisioning.Carriers;
import ai.talkturo.numbers.provisioning.ExpireTrials;
import ai.talkturo.numbers.provisioning.ReconcileOrders;
import ai.talkturo.numbers.provisioning.ReleaseAtCarrier;
import ai.talkturo.numbers.provisioning.ReviewProfiles;
import ai.talkturo.numbers.provisioning.port.NumberChangeLog;
import ai.talkturo.numbers.routing.RunCampaign;
import ai.talkturo.numbers.web.api.IdempotencyKeys;
import ai.talkturo.numbers.web.cluster.Heartbeats;
import ai.talkturo.numbers.web.cluster.JobLeases;
import ai.talkturo.numbers.web.partners.AnnounceExpiringTrials;
import ai.talkturo.numbers.web.partners.DeliverPartnerEvents;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The product's clockwork: settling orders stuck in {@code purchasing}, releasing expired trial numbers, telling
 * carriers about releases, forgetting old idempotency keys, announcing expiring trials to partners and retrying
 * partner webhooks, keeping campaigns dialling (after a restart too), asking carriers about compliance profiles in
 * review (and expiring approvals that ran out) and reporting the progress of calls the server
 * missed while down (the sandbox's; a real carrier retries its webhooks). Each job runs on one instance of a cluster
 * at a time, under a lease in the database ({@link JobLeases}), and skips a beat rather than overlap itself; the rows
 * a job works on are claimed as well, so work handed over from an instance that died is done once.
 *
 * <p>The jobs that look for work do so every {@code numbers.jobs.beat}; releases a carrier has not confirmed are told
 * again every {@code numbers.jobs.release-retry}. The heartbeat and the hourly clean-ups keep fixed times.
 */
@Startup
@Singleton
@DependsOn("DatabaseSchema")
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
    ReviewProfiles reviewProfiles;
    @Inject
    Carriers carriers;
    @Inject
    NumberChangeLog numberChangeLog;
    @Inject
    JobLeases leases;
    @Inject
    Heartbeats heartbeats;

    @Inject
    @ConfigProperty(name = "numbers.jobs.beat")
    Duration jobsBeat;
    @Inject
    @ConfigProperty(name = "numbers.jobs.release-retry")
    Duration releaseRetry;
    @Resource
    TimerService timerService;

    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    @PostConstruct
    void startBeats() {
        every(jobsBeat, new Job("reconcile-orders", "reconciling orders", reconcileOrders::reconcile));
        every(jobsBeat, new Job("expire-trials", "expiring trial numbers", expireTrials::expire));
        every(jobsBeat, new Job("announce-expiring-trials", "announcing expiring trial numbers",
                announceExpiringTrials::announce));
        every(jobsBeat, new Job("deliver-partner-events", "delivering partner webhooks", deliverPartnerEvents::deliverDue));
        every(jobsBeat, new Job("run-campaigns", "running campaigns", runCampaign::resumeRunning));
        every(jobsBeat, new Job("review-compliance-profiles", "asking carriers about compliance profiles",
                reviewProfiles::review));
        if (carriers.current().playsCallsHere()) {
            every(jobsBeat, new Job("report-missed-call-progress", "reporting the progress of calls missed while down",
                    () -> carriers.current().reportMissedCallProgress()));
        }
        every(releaseRetry, new Job("release-at-carriers", "releasing numbers at carriers", releaseAtCarrier::releaseDue));
    }

    private void every(Duration interval, Job job) {
        jobs.put(job.name(), job);
        timerService.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(job.name(), false));
    }

    @Timeout
    void onBeat(Timer timer) {
        Job job = jobs.get((String) timer.getInfo());
        if (job != null) {
            once(job.name(), job.what(), job.work());
        }
    }

    /** Every instance, not one of them: each says it still runs. */
    @Schedule(hour = "*", minute = "*", second = "*/" + Heartbeats.EVERY_SECONDS, persistent = false)
    void beat() {
        try {
            heartbeats.beat();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not write this instance's heartbeat; trying again at the next beat", e);
        }
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void forgetOldIdempotencyKeys() {
        once("forget-idempotency-keys", "forgetting old idempotency keys", idempotencyKeys::forgetOld);
    }

    @Schedule(hour = "*", minute = "23", persistent = false)
    void forgetOldNumberChanges() {
        once("forget-number-changes", "forgetting old number changes", numberChangeLog::forgetOld);
    }

    /** A timed job: its lease's name, what it does in a log line's words, and the work. */
    private record Job(String name, String what, Runnable work) {
    }

    /**
     * Runs the job unless it runs already, here or on another instance: {@code running} keeps this instance's beats
     * apart, the job's lease the instances of a cluster.
     */
    private void once(String job, String what, Runnable work) {
        if (!running.add(job)) {
            return;
        }
        try {
            if (!leases.take(job)) {
                return;
            }
            try {
                work.run();
            } finally {
                leases.handBack(job);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " failed; trying again at the next beat", e);
        } finally {
            running.remove(job);
        }
    }
}
