package ai.talkturo.numbers.domain.number;

import ai.talkturo.numbers.domain.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * A phone number changed: its status, its assistant, its trial or its inbound rules. It carries the number's state
 * before and after, so an observer such as the routing table can act on the event alone.
 *
 * @param phoneNumber the number in E.164 form
 * @param previousStatus {@code null} when the number was just ordered
 * @param previousAssistantId the assistant before the change; {@code null} if none
 * @param assistantId the assistant after the change; {@code null} if none
 * @param version the number's version once the change is stored: of two events about one number, the one with the
 *                higher version is the later state, whatever order they are delivered in
 * @param inboundRules the number's inbound rules after the change
 */
public record NumberChanged(String phoneNumberId, String accountId, String phoneNumber, Change change,
        NumberStatus previousStatus, NumberStatus status, String previousAssistantId, String assistantId,
        Instant occurredAt, long version, InboundRules inboundRules) implements DomainEvent {

    /** What happened to the number. */
    public enum Change {
        PURCHASE_STARTED,
        IMPORTED,
        ACTIVATED,
        FAILED,
        SUSPENDED,
        RESUMED,
        RELEASED,
        TRIAL_EXPIRED,
        TRIAL_ENDED,
        ASSIGNED,
        UNASSIGNED,
        INBOUND_RULES_CHANGED
    }

    public NumberChanged {
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(inboundRules, "inboundRules");
    }

    /** A change of a number that has no inbound rules. */
    public NumberChanged(String phoneNumberId, String accountId, String phoneNumber, Change change,
            NumberStatus previousStatus, NumberStatus status, String previousAssistantId, String assistantId,
            Instant occurredAt, long version) {
        this(phoneNumberId, accountId, phoneNumber, change, previousStatus, status, previousAssistantId, assistantId,
                occurredAt, version, InboundRules.NONE);
    }
}
