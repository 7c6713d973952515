package ai.talkturo.numbers.domain.number;

import ai.talkturo.numbers.domain.Identifiers;
import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.assistant.AssistantInAnotherAccount;
import ai.talkturo.numbers.domain.number.NumberChanged.Change;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A phone number an account holds, from the moment it is ordered until it is released.
 *
 * <p>The number keeps its own rules: it moves only along the transitions of {@link NumberStatus};
 * it is assigned to at most one assistant at a time, of its own account, and only while active;
 * a trial number expires at {@link #expiresAt()}. Each change is recorded as a {@link NumberChanged}
 * event, to be taken with {@link #pullEvents()} once the change is stored.
 */
public final class PhoneNumber {

    private final String id;
    private final String accountId;
    private final E164Number number;
    private final NumberType numberType;
    private NumberStatus status;
    private String statusReason;
    private String assistantId;
    private boolean trial;
    private Instant expiresAt;
    private final Price price;
    private final List<String> features;
    private final String provider;
    private String carrierReference;
    private final Instant createdAt;
    private Instant activatedAt;
    private Instant updatedAt;
    private InboundRules inboundRules;
    private final NumberOrigin origin;
    private final long version;
    private final List<NumberChanged> events = new ArrayList<>();

    private PhoneNumber(String id, String accountId, E164Number number, NumberType numberType,
            NumberStatus status, String statusReason, String assistantId, boolean trial, Instant expiresAt,
            Price price, List<String> features, String provider, String carrierReference,
            Instant createdAt, Instant activatedAt, Instant updatedAt, InboundRules inboundRules, NumberOrigin origin,
            long version) {
        this.id = required(id, "id");
        this.accountId = required(accountId, "accountId");
        this.number = Objects.requireNonNull(number, "number");
        this.numberType = Objects.requireNonNull(numberType, "numberType");
        this.status = Objects.requireNonNull(status, "status");
        this.statusReason = statusReason;
        this.assistantId = assistantId;
        this.trial = trial;
        this.expiresAt = expiresAt;
        this.price = Objects.requireNonNull(price, "price");
        this.features = List.copyOf(Objects.requireNonNull(features, "features"));
        this.provider = required(provider, "provider");
        this.carrierReference = carrierReference;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.activatedAt = activatedAt;
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.inboundRules = Objects.requireNonNull(inboundRules, "inboundRules");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.version = version;
    }

    /**
     * Starts buying a number for an account: the number is {@code purchasing} until the carrier answers.
     *
     * @param trialExpiresAt when the number expires as a trial number; {@code null} for a regular number
     * @throws CountryNotSupported if the number belongs to a country whose numbers cannot be bought
     * @throws IllegalArgumentException if the number's country does not offer numbers of this type
     */
    public static PhoneNumber startPurchase(String accountId, E164Number number, NumberType numberType, Price price,
            List<String> features, String provider, Instant trialExpiresAt, Clock clock) {
        requireOffered(number, numberType);
        Instant now = clock.instant();
        PhoneNumber phoneNumber = new PhoneNumber(Identifiers.next("pn", clock), accountId, number, numberType,
                NumberStatus.PURCHASING, null, null, trialExpiresAt != null, trialExpiresAt, price, features, provider,
                null, now, null, now, InboundRules.NONE, NumberOrigin.PURCHASED, 0);
        phoneNumber.record(Change.PURCHASE_STARTED, null, null, now);
        return phoneNumber;
    }

    /**
     * Brings a number the customer already holds at a carrier into an account: it is {@code active} at once (the
     * carrier's account holds it and its calls come to Numbers already), is never a trial and costs nothing here,
     * since the customer pays the carrier.
     *
     * @param carrierReference the carrier's own id of the number in the customer's account
     * @throws CountryNotSupported if the number belongs to a country Numbers does not serve
     * @throws InvalidValue if the number's country has no numbers of this type, or the carrier's id is missing
     */
    public static PhoneNumber bringIn(String accountId, E164Number number, NumberType numberType,
            List<String> features, String provider, String carrierReference, Clock clock) {
        requireOffered(number, numberType);
        Instant now = clock.instant();
        PhoneNumber phoneNumber = new PhoneNumber(Identifiers.next("pn", clock), accountId, number, numberType,
                NumberStatus.ACTIVE, null, null, false, null, Price.ZERO, features, provider,
                required(carrierReference, "carrierReference"), now, now, now, InboundRules.NONE,
                NumberOrigin.IMPORTED, 0);
        phoneNumber.record(Change.IMPORTED, null, null, now);
        return phoneNumber;
    }

    /** Rebuilds a number from storage as it was; records no event. */
    public static PhoneNumber restore(String id, String accountId, E164Number number, NumberType numberType,
            NumberStatus status, String statusReason, String assistantId, boolean trial, Instant expiresAt,
            Price price, List<String> features, String provider, String carrierReference,
            Instant createdAt, Instant activatedAt, Instant updatedAt, InboundRules inboundRules, NumberOrigin origin,
            long version) {
        return new PhoneNumber(id, accountId, number, numberType, status, statusReason, assistantId, trial, expiresAt,
                price, features, provider, carrierReference, createdAt, activatedAt, updatedAt, inboundRules, origin,
                version);
    }

    /** A number without inbound rules rebuilt from storage; records no event. */
    public static PhoneNumber restore(String id, String accountId, E164Number number, NumberType numberType,
            NumberStatus status, String statusReason, String assistantId, boolean trial, Instant expiresAt,
            Price price, List<String> features, String provider, String carrierReference,
            Instant createdAt, Instant activatedAt, Instant updatedAt, long version) {
        return restore(id, accountId, number, numberType, status, statusReason, assistantId, trial, expiresAt, price,
                features, provider, carrierReference, createdAt, activatedAt, updatedAt, InboundRules.NONE,
                NumberOrigin.PURCHASED, version);
    }

    /**
     * The carrier has delivered the number: it becomes active.
     *
     * @param carrierReference the carrier's own id of the number; {@code null} keeps the one already known
     * @throws IllegalStatusTransition unless the number is purchasing
     */
    public void activate(String carrierReference, Clock clock) {
        NumberStatus previous = moveTo(NumberStatus.PURCHASING, NumberStatus.ACTIVE);
        Instant now = clock.instant();
        if (carrierReference != null) {
            this.carrierReference = carrierReference;
        }
        statusReason = null;
        activatedAt = now;
        changed(Change.ACTIVATED, previous, assistantId, now);
    }

    /**
     * A number still being bought says what its order waits for (the carrier's review of the documents, and until
     * when); answers whether that changed anything.
     */
    public boolean waitFor(String reason, Clock clock) {
        if (status != NumberStatus.PURCHASING || Objects.equals(reason, statusReason)) {
            return false;
        }
        statusReason = reason;
        updatedAt = clock.instant();
        return true;
    }

    /** The carrier could not deliver the number; the reason says, in words a person can act on, why. */
    public void fail(String reason, Clock clock) {
        requireReason(reason);
        NumberStatus previous = moveTo(NumberStatus.ERROR);
        statusReason = reason;
        changed(Change.FAILED, previous, assistantId, clock.instant());
    }

    /** Takes an active number out of service for a while; it keeps its assistant but is not routed. */
    public void suspend(String reason, Clock clock) {
        requireReason(reason);
        NumberStatus previous = moveTo(NumberStatus.SUSPENDED);
        statusReason = reason;
        changed(Change.SUSPENDED, previous, assistantId, clock.instant());
    }

    /**
     * Puts a suspended number back into service.
     *
     * @throws IllegalStatusTransition unless the number is suspended
     */
    public void resume(Clock clock) {
        NumberStatus previous = moveTo(NumberStatus.SUSPENDED, NumberStatus.ACTIVE);
        statusReason = null;
        changed(Change.RESUMED, previous, assistantId, clock.instant());
    }

    /** Gives the number back to the carrier. It loses its assistant; nothing comes back from released. */
    public void release(Clock clock) {
        release(Change.RELEASED, clock);
    }

    /** Whether this is a trial number, still held, whose expiry has come. */
    public boolean isTrialExpired(Instant now) {
        return trial && expiresAt != null && !now.isBefore(expiresAt) && status != NumberStatus.RELEASED;
    }

    /**
     * Releases a trial number whose expiry has come.
     *
     * @throws IllegalStateException if the number is not an expired trial number
     */
    public void releaseExpiredTrial(Clock clock) {
        if (!isTrialExpired(clock.instant())) {
            throw new IllegalStateException(number + " is not a trial number that has expired");
        }
        release(Change.TRIAL_EXPIRED, clock);
    }

    /**
     * Turns a trial number into a regular one, without expiry, as when its account leaves the free plan.
     * Does nothing to a number that is not a trial number, or that is already released.
     */
    public void endTrial(Clock clock) {
        if (!trial || status == NumberStatus.RELEASED) {
            return;
        }
        trial = false;
        expiresAt = null;
        changed(Change.TRIAL_ENDED, status, assistantId, clock.instant());
    }

    /**
     * Hands the number to an assistant of the same account. A number held by another assistant moves
     * in one step; assigning it to the assistant it already has changes nothing.
     *
     * @throws NumberNotActive if the number is not active
     * @throws AssistantInAnotherAccount if the assistant belongs to another account
     */
    public void assignTo(Assistant assistant, Clock clock) {
        Objects.requireNonNull(assistant, "assistant");
        if (status != NumberStatus.ACTIVE) {
            throw new NumberNotActive(this);
        }
        if (!accountId.equals(assistant.accountId())) {
            throw new AssistantInAnotherAccount(assistant.id(), accountId);
        }
        if (assistant.id().equals(assistantId)) {
            return;
        }
        String previousAssistantId = assistantId;
        assistantId = assistant.id();
        changed(Change.ASSIGNED, status, previousAssistantId, clock.instant());
    }

    /** Takes the number from its assistant; does nothing if it has none. */
    public void unassign(Clock clock) {
        if (assistantId == null) {
            return;
        }
        String previousAssistantId = assistantId;
        assistantId = null;
        changed(Change.UNASSIGNED, status, previousAssistantId, clock.instant());
    }

    /**
     * Sets how the number treats incoming calls: blocked callers, business hours and a fallback. Rules equal to the
     * current ones change nothing.
     *
     * @throws NumberNotActive if the number is released
     * @throws InvalidValue if the fallback would ring the number itself
     */
    public void changeInboundRules(InboundRules rules, Clock clock) {
        Objects.requireNonNull(rules, "rules");
        if (status == NumberStatus.RELEASED) {
            throw new NumberNotActive(this);
        }
        if (rules.fallback() != null && rules.fallback().rings(number)) {
            throw new InvalidValue("the fallback may not be the number itself: calls would go round in a loop");
        }
        if (rules.equals(inboundRules)) {
            return;
        }
        inboundRules = rules;
        changed(Change.INBOUND_RULES_CHANGED, status, assistantId, clock.instant());
    }

    /** The changes recorded since the last call, oldest first; the number forgets them. */
    public List<NumberChanged> pullEvents() {
        List<NumberChanged> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    private void release(Change change, Clock clock) {
        NumberStatus previous = moveTo(NumberStatus.RELEASED);
        String previousAssistantId = assistantId;
        assistantId = null;
        statusReason = null;
        changed(change, previous, previousAssistantId, clock.instant());
    }

    private NumberStatus moveTo(NumberStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStatusTransition(status, next);
        }
        NumberStatus previous = status;
        status = next;
        return previous;
    }

    /** Moves only from the one status this step starts from: activating is not resuming, nor the other way round. */
    private NumberStatus moveTo(NumberStatus from, NumberStatus next) {
        if (status != from) {
            throw new IllegalStatusTransition(status, next);
        }
        return moveTo(next);
    }

    private void changed(Change change, NumberStatus previousStatus, String previousAssistantId, Instant now) {
        updatedAt = now;
        record(change, previousStatus, previousAssistantId, now);
    }

    private void record(Change change, NumberStatus previousStatus, String previousAssistantId, Instant now) {
        events.add(new NumberChanged(id, accountId, number.value(), change, previousStatus, status,
                previousAssistantId, assistantId, now, version + 1, inboundRules));
    }

    /**
     * @throws CountryNotSupported if the number belongs to a country Numbers does not serve
     * @throws InvalidValue if that country has no numbers of this type
     */
    public static void requireOffered(E164Number number, NumberType numberType) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(numberType, "numberType");
        Country country = number.supportedCountry();
        if (!country.offers(numberType)) {
            throw new InvalidValue(country.displayName() + " does not offer " + numberType.apiName() + " numbers");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValue("a reason is required");
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(name + " is required");
        }
        return value;
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public E164Number number() {
        return number;
    }

    public NumberType numberType() {
        return numberType;
    }

    public NumberStatus status() {
        return status;
    }

    /** Why the number is in error or suspended; {@code null} otherwise. */
    public String statusReason() {
        return statusReason;
    }

    /** The assistant that answers the number's calls; {@code null} if none. */
    public String assistantId() {
        return assistantId;
    }

    public boolean trial() {
        return trial;
    }

    /** When a trial number expires; {@code null} for a regular number. */
    public Instant expiresAt() {
        return expiresAt;
    }

    public Price price() {
        return price;
    }

    public List<String> features() {
        return features;
    }

    /** The carrier the number was bought from, such as {@code sandbox}. */
    public String provider() {
        return provider;
    }

    /** The carrier's own id of the number; {@code null} until the carrier has named it. */
    public String carrierReference() {
        return carrierReference;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the number became active; {@code null} before. */
    public Instant activatedAt() {
        return activatedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** How the number treats incoming calls; {@link InboundRules#NONE} if it has no rules. */
    public InboundRules inboundRules() {
        return inboundRules;
    }

    /** The version of the stored number this one was read from, for optimistic locking. */
    public NumberOrigin origin() {
        return origin;
    }

    /** Brought from the customer's own carrier account: released, it goes back there with its old settings. */
    public boolean imported() {
        return origin == NumberOrigin.IMPORTED;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "PhoneNumber[" + id + ", " + number + ", " + status.apiName() + "]";
    }
}
