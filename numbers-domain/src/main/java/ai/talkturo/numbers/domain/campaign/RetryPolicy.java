package ai.talkturo.numbers.domain.campaign;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.call.CallStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * How often a campaign calls a contact whose call ended {@code on} one of the statuses it retries: at most
 * {@code maxAttempts} calls in all, each retry {@code after} the end of the one before. The default calls once.
 */
public record RetryPolicy(int maxAttempts, Duration after, Set<CallStatus> on) {

    public static final int MAX_ATTEMPTS = 5;
    public static final Duration MIN_AFTER = Duration.ofMinutes(1);
    public static final Duration MAX_AFTER = Duration.ofDays(7);
    /** The statuses a retry can be asked for: the call did not reach the person. */
    public static final Set<CallStatus> RETRIABLE = Set.copyOf(EnumSet.of(CallStatus.BUSY, CallStatus.NO_ANSWER,
            CallStatus.FAILED));
    public static final RetryPolicy DEFAULT = new RetryPolicy(1, Duration.ofMinutes(30), RETRIABLE);

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
            throw new InvalidValue("maxAttempts must be 1 to " + MAX_ATTEMPTS);
        }
        if (after == null || after.compareTo(MIN_AFTER) < 0 || after.compareTo(MAX_AFTER) > 0) {
            throw new InvalidValue("a retry comes at least 1 minute and at most 7 days after the call before");
        }
        if (on == null || !RETRIABLE.containsAll(on)) {
            throw new InvalidValue("only busy, no-answer and failed calls are retried");
        }
        on = on.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(on));
    }

    /**
     * When to call again after the {@code attemptsMade}-th call ended {@code ended} at {@code endedAt}; empty when
     * that was the last call.
     */
    public Optional<Instant> retryAt(CallStatus ended, int attemptsMade, Instant endedAt) {
        if (attemptsMade >= maxAttempts || !on.contains(ended)) {
            return Optional.empty();
        }
        return Optional.of(endedAt.plus(after));
    }
}
