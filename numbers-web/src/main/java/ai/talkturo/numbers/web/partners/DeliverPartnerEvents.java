package ai.talkturo.numbers.web.partners;

import ai.talkturo.numbers.web.partners.port.DeliveryOutcome;
import ai.talkturo.numbers.web.partners.port.PartnerEventQueued;
import ai.talkturo.numbers.web.partners.port.PartnerOutbox;
import ai.talkturo.numbers.web.partners.port.PartnerWebhook;
import ai.talkturo.numbers.web.partners.port.PartnerWebhooks;
import ai.talkturo.numbers.web.partners.port.PendingEvent;
import ai.talkturo.numbers.web.partners.port.WebhookClient;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox's events: each one right after the transaction that wrote it commits, and whatever is due
 * again from a timer. A worker claims an event before posting it, so two workers or two instances never post it at
 * the same time; a 2xx answer delivers it, anything else tries again on the {@link RetrySchedule} until it gives
 * up, keeping the last error. Posting runs on an executor of its own, so a slow partner holds none of the
 * threads that buy numbers or answer requests.
 *
 * <p>An event written from an enterprise bean timer (a trial number released or announced) is committed after the
 * timer's context has left the thread, so a task submitted from there would run without the application's
 * context. Each attempt therefore runs through a contextual proxy made once at start, with the application's
 * context, whichever thread hands it over.
 */
@ApplicationScoped
@ManagedExecutorDefinition(name = DeliverPartnerEvents.EXECUTOR, maxAsync = DeliverPartnerEvents.WORKERS,
        hungTaskThreshold = 120_000)
public class DeliverPartnerEvents {

    static final String EXECUTOR = "java:app/concurrent/partnerWebhooks";
    static final int WORKERS = 8;
    private static final Logger LOG = Logger.getLogger(DeliverPartnerEvents.class.getName());

    /** One attempt at delivering one event. */
    @FunctionalInterface
    public interface Attempt {
        void attempt(String eventId);
    }

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;
    @Resource
    ContextService contextService;
    @Inject
    PartnerOutbox outbox;
    @Inject
    PartnerWebhooks webhooks;
    @Inject
    WebhookClient client;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "numbers.partner-webhooks.first-retry")
    Duration firstRetry;
    @Inject
    @ConfigProperty(name = "numbers.partner-webhooks.longest-wait")
    Duration longestWait;
    @Inject
    @ConfigProperty(name = "numbers.partner-webhooks.give-up-after")
    Duration giveUpAfter;
    /** How long a worker holds an event it claimed: one that died is taken over after this. */
    @Inject
    @ConfigProperty(name = "numbers.purchase.reconcile-after")
    Duration claimFor;

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile Attempt attempts = this::attempt;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        attempts = contextService.createContextualProxy((Attempt) this::attempt, Attempt.class);
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartnerEventQueued queued) {
        submit(queued.eventId());
    }

    /**
     * Hands the events that are due to the delivery workers, no more than they have room for, and returns at
     * once; answers how many it handed over.
     */
    public int deliverDue() {
        int room = WORKERS * 4 - inFlight.get();
        if (room <= 0) {
            return 0;
        }
        List<String> due = outbox.due(clock.instant(), room);
        due.forEach(this::submit);
        return due.size();
    }

    private void submit(String eventId) {
        inFlight.incrementAndGet();
        try {
            executor.submit(() -> {
                try {
                    attempts.attempt(eventId);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException stopping) {
            inFlight.decrementAndGet();
            LOG.fine(() -> eventId + " is left to the timer: " + stopping);
        }
    }

    /** One attempt at one event, if it is still due and no other worker holds it. */
    void attempt(String eventId) {
        try {
            Instant now = clock.instant();
            if (outbox.claim(eventId, now, now.plus(claimFor))) {
                outbox.pending(eventId).ifPresent(this::deliver);
            }
        } catch (RuntimeException trouble) {
            LOG.log(Level.WARNING, "delivering " + eventId + " failed; the timer tries again", trouble);
        }
    }

    private void deliver(PendingEvent event) {
        PartnerWebhook webhook = webhooks.of(event.accountId()).orElse(null);
        if (webhook == null) {
            outbox.giveUp(event.id(), clock.instant(), "the account has no webhook", false);
            return;
        }
        String signature = WebhookSignature.of(webhook.secret(), clock.instant(), event.body());
        DeliveryOutcome outcome = client.post(webhook.url(), event.body(), signature);
        Instant now = clock.instant();
        if (outcome instanceof DeliveryOutcome.Failed failure) {
            failed(event, webhook, failure.reason(), now);
        } else {
            outbox.delivered(event.id(), now);
        }
    }

    private void failed(PendingEvent event, PartnerWebhook webhook, String error, Instant now) {
        int attempts = event.attempts() + 1;
        Optional<Instant> next = schedule().nextAttempt(event.createdAt(), attempts, now);
        if (next.isPresent()) {
            LOG.fine(() -> event.id() + " to " + webhook.url() + ": " + error + "; trying again at " + next.get());
            outbox.retryAt(event.id(), next.get(), error);
        } else {
            LOG.warning(() -> "giving up " + event.id() + " to " + webhook.url() + " after " + attempts + " attempts: " + error);
            outbox.giveUp(event.id(), now, error, true);
        }
    }

    RetrySchedule schedule() {
        return new RetrySchedule(firstRetry, longestWait, giveUpAfter);
    }
}
