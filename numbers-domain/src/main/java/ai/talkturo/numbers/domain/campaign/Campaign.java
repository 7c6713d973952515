package ai.talkturo.numbers.domain.campaign;

import ai.talkturo.numbers.domain.Identifiers;
import ai.talkturo.numbers.domain.InvalidValue;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * An assistant calling a list of contacts, at most {@code maxConcurrentCalls} at a time, by its {@link CampaignRules}.
 * It starts {@code running}; it can be paused and resumed; it completes once every contact is done.
 */
public final class Campaign {

    public static final int MAX_CONCURRENT_CALLS = 50;
    public static final int MAX_CONTACTS = 10_000;

    private final String id;
    private final String accountId;
    private final String assistantId;
    private final String name;
    private final int maxConcurrentCalls;
    private final int contactCount;
    private final CampaignRules rules;
    private CampaignStatus status;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant completedAt;
    private final long version;

    private Campaign(String id, String accountId, String assistantId, String name, int maxConcurrentCalls,
                     int contactCount, CampaignRules rules, CampaignStatus status, Instant createdAt,
                     Instant updatedAt, Instant completedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.assistantId = Objects.requireNonNull(assistantId, "assistantId");
        if (name == null || name.isBlank()) {
            throw new InvalidValue("a campaign needs a name");
        }
        if (maxConcurrentCalls < 1 || maxConcurrentCalls > MAX_CONCURRENT_CALLS) {
            throw new InvalidValue("maxConcurrentCalls must be 1 to " + MAX_CONCURRENT_CALLS);
        }
        if (contactCount < 1 || contactCount > MAX_CONTACTS) {
            throw new InvalidValue("a campaign has 1 to " + MAX_CONTACTS + " contacts");
        }
        this.name = name;
        this.maxConcurrentCalls = maxConcurrentCalls;
        this.contactCount = contactCount;
        this.rules = Objects.requireNonNull(rules, "rules");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.completedAt = completedAt;
        this.version = version;
    }

    public static Campaign start(String accountId, String assistantId, String name, int maxConcurrentCalls,
                                 int contactCount, CampaignRules rules, Clock clock) {
        Instant now = clock.instant();
        return new Campaign(Identifiers.next("cmp", clock), accountId, assistantId, name, maxConcurrentCalls,
                contactCount, rules, CampaignStatus.RUNNING, now, now, null, 0);
    }

    public static Campaign restore(String id, String accountId, String assistantId, String name, int maxConcurrentCalls,
                                   int contactCount, CampaignRules rules, CampaignStatus status, Instant createdAt,
                                   Instant updatedAt, Instant completedAt, long version) {
        return new Campaign(id, accountId, assistantId, name, maxConcurrentCalls, contactCount, rules, status,
                createdAt, updatedAt, completedAt, version);
    }

    /** Stops dialling new contacts; calls already placed go on. Pausing a paused campaign changes nothing. */
    public void pause(Clock clock) {
        move(CampaignStatus.PAUSED, clock);
    }

    /** Dials again. Resuming a running campaign changes nothing. */
    public void resume(Clock clock) {
        move(CampaignStatus.RUNNING, clock);
    }

    /** Every contact is done. */
    public void complete(Clock clock) {
        if (status == CampaignStatus.COMPLETED) {
            return;
        }
        status = CampaignStatus.COMPLETED;
        updatedAt = clock.instant();
        completedAt = updatedAt;
    }

    private void move(CampaignStatus next, Clock clock) {
        if (status == next) {
            return;
        }
        if (status == CampaignStatus.COMPLETED) {
            throw new IllegalCampaignTransition(id, status, next);
        }
        status = next;
        updatedAt = clock.instant();
    }

    /** What a running campaign shows while it dials no one because every contact left waits for its call window. */
    public static final String WAITING_FOR_WINDOW = "waiting_for_window";

    /**
     * The status as it is shown: {@code waiting_for_window} while the campaign runs, dials no one and each contact
     * left waits for its call window; otherwise the status itself. {@code everyPendingContactWaitsForItsWindow} is
     * asked only when the rest holds.
     */
    public String shownStatus(ContactTally tally, BooleanSupplier everyPendingContactWaitsForItsWindow) {
        boolean waits = status == CampaignStatus.RUNNING && tally.dialing() == 0 && tally.pending() > 0
                && everyPendingContactWaitsForItsWindow.getAsBoolean();
        return waits ? WAITING_FOR_WINDOW : status.apiName();
    }

    public boolean running() {
        return status == CampaignStatus.RUNNING;
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public String assistantId() {
        return assistantId;
    }

    public String name() {
        return name;
    }

    public int maxConcurrentCalls() {
        return maxConcurrentCalls;
    }

    public int contactCount() {
        return contactCount;
    }

    public CampaignRules rules() {
        return rules;
    }

    public CampaignStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public long version() {
        return version;
    }
}
