package ai.talkturo.numbers.domain.call;

import ai.talkturo.numbers.domain.Identifiers;
import ai.talkturo.numbers.domain.number.E164Number;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An outbound call an assistant places, with one of its numbers ({@code phoneNumberId}, {@code from}) as caller ID.
 * It is written down {@code queued} before the carrier is asked, so a call is never placed without a trace; then it
 * learns the carrier's id for it ({@link #placed}) and follows the carrier's reports ({@link #advance}), only ever
 * forward. Each change is recorded as a {@link CallStatusChanged}, taken with {@link #pullEvents()} once stored.
 */
public final class Call {

    private final String id;
    private final String accountId;
    private final String assistantId;
    private final String phoneNumberId;
    private final E164Number from;
    private final E164Number to;
    private final String provider;
    private CallStatus status;
    private String carrierCallId;
    private String failureReason;
    private final String campaignId;
    private final String contactId;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant answeredAt;
    private Instant endedAt;
    private boolean answeredByMachine;
    private final long version;
    private final List<CallStatusChanged> events = new ArrayList<>();

    private Call(String id, String accountId, String assistantId, String phoneNumberId, E164Number from, E164Number to,
                 String provider, CallStatus status, String carrierCallId, String failureReason, String campaignId,
                 String contactId, Instant createdAt, Instant updatedAt, Instant answeredAt, Instant endedAt,
                 long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.assistantId = Objects.requireNonNull(assistantId, "assistantId");
        this.phoneNumberId = Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.status = Objects.requireNonNull(status, "status");
        this.carrierCallId = carrierCallId;
        this.failureReason = failureReason;
        this.campaignId = campaignId;
        this.contactId = contactId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.answeredAt = answeredAt;
        this.endedAt = endedAt;
        this.version = version;
    }

    /**
     * A new call, {@code queued}, not yet known to the carrier.
     *
     * @param campaignId null for a single call; with {@code contactId}, the campaign contact it is for
     */
    public static Call start(String accountId, String assistantId, String phoneNumberId, E164Number from,
                             E164Number to, String provider, String campaignId, String contactId, Clock clock) {
        Instant now = clock.instant();
        Call call = new Call(Identifiers.next("call", clock), accountId, assistantId, phoneNumberId, from, to, provider,
                CallStatus.QUEUED, null, null, campaignId, contactId, now, now, null, null, 0);
        call.record(null, now);
        return call;
    }

    /** A call as it was stored. */
    public static Call restore(String id, String accountId, String assistantId, String phoneNumberId, E164Number from,
                               E164Number to, String provider, CallStatus status, String carrierCallId,
                               String failureReason, String campaignId, String contactId, Instant createdAt,
                               Instant updatedAt, Instant answeredAt, Instant endedAt, boolean answeredByMachine,
                               long version) {
        Call call = new Call(id, accountId, assistantId, phoneNumberId, from, to, provider, status, carrierCallId,
                failureReason, campaignId, contactId, createdAt, updatedAt, answeredAt, endedAt, version);
        call.answeredByMachine = answeredByMachine;
        return call;
    }

    /** The carrier told a machine from a person, and a machine answered: it stays so, whatever is reported later. */
    public void answeredByMachine(Instant at) {
        if (!answeredByMachine) {
            answeredByMachine = true;
            updatedAt = at.isAfter(updatedAt) ? at : updatedAt;
        }
    }

    /** Whether the carrier said a machine answered, such as a voicemail box. */
    public boolean isAnsweredByMachine() {
        return answeredByMachine;
    }

    /**
     * The carrier took the call and named it {@code carrierCallId}, in {@code status}. A report may have come first
     * (carriers call back quickly): the call keeps whichever status is later.
     */
    public void placed(String carrierCallId, CallStatus status, Instant at) {
        learnCarrierCallId(carrierCallId, at);
        advance(status, null, at);
    }

    /** Takes the carrier's id for the call if it has none yet; a different id later is ignored. */
    public void learnCarrierCallId(String carrierCallId, Instant at) {
        if (this.carrierCallId == null && carrierCallId != null && !carrierCallId.isBlank()) {
            this.carrierCallId = carrierCallId;
            this.updatedAt = at;
        }
    }

    /**
     * Moves the call to {@code next} if that is later than where it is; answers whether it moved. A call that ends
     * unanswered keeps {@code reason}, or the status's own words when the carrier gave none. Reports can arrive out of
     * order: the news that a call was answered, come after the news that it completed, still tells when it was
     * answered.
     */
    public boolean advance(CallStatus next, String reason, Instant at) {
        if (!status.canMoveTo(next)) {
            if (next == CallStatus.IN_PROGRESS && status == CallStatus.COMPLETED && answeredAt == null) {
                answeredAt = at;
                updatedAt = at.isAfter(updatedAt) ? at : updatedAt;
            }
            return false;
        }
        CallStatus previous = status;
        status = next;
        updatedAt = at;
        if (next == CallStatus.IN_PROGRESS) {
            answeredAt = at;
        }
        if (next.isFinal()) {
            endedAt = at;
            if (next != CallStatus.COMPLETED) {
                failureReason = reason == null || reason.isBlank() ? next.defaultReason() : reason;
            }
        }
        record(previous, at);
        return true;
    }

    /** The carrier refused or could not be asked: the call failed before it was placed. */
    public boolean failToPlace(String reason, Instant at) {
        return advance(CallStatus.FAILED, reason, at);
    }

    /** The changes since the call was read or created, each once. */
    public List<CallStatusChanged> pullEvents() {
        List<CallStatusChanged> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    private void record(CallStatus previous, Instant at) {
        events.add(new CallStatusChanged(id, accountId, assistantId, phoneNumberId, from.value(), to.value(), previous,
                status, failureReason, campaignId, contactId, at));
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

    public String phoneNumberId() {
        return phoneNumberId;
    }

    public E164Number from() {
        return from;
    }

    public E164Number to() {
        return to;
    }

    /** The carrier the call goes through: the carrier its caller ID was bought from. */
    public String provider() {
        return provider;
    }

    public CallStatus status() {
        return status;
    }

    /** The carrier's id of the call; null until the carrier took it. */
    public String carrierCallId() {
        return carrierCallId;
    }

    public String failureReason() {
        return failureReason;
    }

    public String campaignId() {
        return campaignId;
    }

    public String contactId() {
        return contactId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public long version() {
        return version;
    }
}
