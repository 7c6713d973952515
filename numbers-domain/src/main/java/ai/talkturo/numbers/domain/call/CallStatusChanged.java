package ai.talkturo.numbers.domain.call;

import ai.talkturo.numbers.domain.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * An outbound call changed status, published after the change is stored; partner webhooks send it as
 * {@code call.status_changed}, and a campaign learns from it that one of its calls ended.
 *
 * @param previousStatus {@code null} when the call was just created
 * @param failureReason  why the call ended without being answered, in words a person can act on; null otherwise
 * @param campaignId     the campaign the call belongs to; null for a single call
 * @param contactId      the campaign's contact the call is for; null for a single call
 */
public record CallStatusChanged(String callId, String accountId, String assistantId, String phoneNumberId,
                                String from, String to, CallStatus previousStatus, CallStatus status,
                                String failureReason, String campaignId, String contactId, Instant occurredAt)
        implements DomainEvent {

    public CallStatusChanged {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** Whether this change ended the call. */
    public boolean ended() {
        return status.isFinal();
    }
}
