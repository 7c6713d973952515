package ai.talkturo.numbers.domain.campaign;

import ai.talkturo.numbers.domain.Identifiers;
import ai.talkturo.numbers.domain.number.E164Number;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * One person a campaign calls, at {@code index} in the campaign's list. {@code callId} is the call placed for it,
 * null until one is written down; {@code claimedAt} is when a worker took it for dialling.
 */
public record Contact(String id, String campaignId, int index, E164Number phoneNumber, String name,
                      ContactStatus status, String callId, String failureReason, Instant claimedAt,
                      Instant updatedAt) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (index < 0) {
            throw new IllegalArgumentException("a contact's index is not negative");
        }
    }

    /** A contact still to be dialled. */
    public static Contact pending(String campaignId, int index, E164Number phoneNumber, String name, Clock clock) {
        return new Contact(Identifiers.next("ct", clock), campaignId, index, phoneNumber, name, ContactStatus.PENDING,
                null, null, null, clock.instant());
    }

    public Contact withStatus(ContactStatus next, String reason, Instant at) {
        return new Contact(id, campaignId, index, phoneNumber, name, next, callId, reason, claimedAt, at);
    }
}
