package ai.talkturo.numbers.domain.campaign;

import ai.talkturo.numbers.domain.Identifiers;
import ai.talkturo.numbers.domain.number.E164Number;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * One person a campaign calls, at {@code index} in the campaign's list. {@code callId} is the latest call placed for
 * it, null until one is written down; {@code attempts} counts the calls placed for it; {@code claimedAt} is when a
 * worker took it for dialling. A pending contact with a {@code dueAt} is not called before then, and
 * {@code waitingFor} says why. {@code reason} says why it failed or was skipped.
 */
public record Contact(String id, String campaignId, int index, E164Number phoneNumber, String name,
                      ContactStatus status, String callId, String reason, Instant claimedAt, Instant updatedAt,
                      int attempts, Instant dueAt, ContactWait waitingFor) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (index < 0) {
            throw new IllegalArgumentException("a contact's index is not negative");
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("a contact's attempts are not negative");
        }
        if ((dueAt == null) != (waitingFor == null)) {
            throw new IllegalArgumentException("a contact that waits says until when and why");
        }
    }

    /** A contact still to be dialled. */
    public static Contact pending(String campaignId, int index, E164Number phoneNumber, String name, Clock clock) {
        return new Contact(Identifiers.next("ct", clock), campaignId, index, phoneNumber, name, ContactStatus.PENDING,
                null, null, null, clock.instant(), 0, null, null);
    }

    /** Whether the contact waits, at {@code now}, for its window or a retry. */
    public boolean waitsAt(Instant now) {
        return status == ContactStatus.PENDING && dueAt != null && dueAt.isAfter(now);
    }
}
