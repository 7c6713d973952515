package ai.talkturo.numbers.web.api;

import java.time.Instant;

/**
 * The first request with an {@code Idempotency-Key}, as kept: the hash of the request, its answer once there is one
 * (no status until then), and the run of the instance that claimed it.
 */
public record StoredAnswer(String requestHash, Integer status, String contentType, String body, Instant createdAt,
                           String claimedBy, Instant claimedStart) {

    static StoredAnswer claim(String requestHash, Instant at, String instance, Instant instanceStart) {
        return new StoredAnswer(requestHash, null, null, null, at, instance, instanceStart);
    }

    /** Whether the first request is still being answered, by the run of an instance it names. */
    boolean inProgress() {
        return status == null;
    }

    /** A first request that never answered (its server stopped) does not hold its key for ever. */
    boolean abandoned(Instant now) {
        return inProgress() && createdAt.isBefore(now.minus(IdempotencyKeys.ABANDONED_AFTER));
    }
}
