package ai.talkturo.numbers.domain.account;

import ai.talkturo.numbers.domain.Identifiers;
import ai.talkturo.numbers.domain.InvalidValue;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/** A customer of the product, whose plan decides how many numbers it may hold and whether they expire. */
public final class Account {

    private final String id;
    private final String name;
    private Plan plan;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Account(String id, String name, Plan plan, Instant createdAt, Instant updatedAt, long version) {
        this.id = required(id, "id");
        this.name = required(name, "name");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    public static Account open(String name, Plan plan, Clock clock) {
        Instant now = clock.instant();
        return new Account(Identifiers.next("acc", clock), name, plan, now, now, 0);
    }

    /** Rebuilds an account from storage as it was. */
    public static Account restore(String id, String name, Plan plan, Instant createdAt, Instant updatedAt,
            long version) {
        return new Account(id, name, plan, createdAt, updatedAt, version);
    }

    /**
     * Moves the account to another plan. The numbers it holds stay; when it leaves the free plan,
     * {@link PlanChange#endsTrials()} tells the caller to end the trial of its number.
     */
    public PlanChange changePlan(Plan newPlan, Clock clock) {
        Objects.requireNonNull(newPlan, "plan");
        PlanChange change = new PlanChange(plan, newPlan);
        if (newPlan != plan) {
            plan = newPlan;
            updatedAt = clock.instant();
        }
        return change;
    }

    /**
     * Checks that the account may take one more number.
     *
     * @param numbersHeld how many of its numbers count against its plan
     * @throws TrialNumberInUse if the account is free and already holds its trial number
     * @throws PlanLimitReached if the account holds as many numbers as its paid plan allows
     */
    public void checkRoomForNumber(long numbersHeld) {
        if (plan.grantsTrialNumbers()) {
            if (numbersHeld >= 1) {
                throw new TrialNumberInUse();
            }
            return;
        }
        OptionalInt limit = plan.numberLimit();
        if (limit.isPresent() && numbersHeld >= limit.getAsInt()) {
            throw new PlanLimitReached(plan, limit.getAsInt());
        }
    }

    /** Whether the account can take a trial number now: it is free and holds no number. */
    public boolean trialNumberAvailable(long numbersHeld) {
        return plan == Plan.FREE && numbersHeld == 0;
    }

    /** How many numbers the account may hold at a time; empty when there is no limit. */
    public OptionalInt numberLimit() {
        return plan.numberLimit();
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("an account's " + name + " is required");
        }
        return value;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /**
     * The account's name as a partner's software writes it in a URL or a body ({@code accountSlug}): lower case,
     * letters and digits kept (accents dropped), every other run of characters one hyphen. {@code "Acme GmbH & Co."}
     * is {@code acme-gmbh-co}.
     */
    public String slug() {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    public Plan plan() {
        return plan;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The version of the stored account this one was read from, for optimistic locking. */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Account[" + id + ", " + name + ", " + plan.apiName() + "]";
    }
}
