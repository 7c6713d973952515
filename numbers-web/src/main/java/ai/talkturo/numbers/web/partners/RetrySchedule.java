package ai.talkturo.numbers.web.partners;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a delivery that failed is tried again: after {@code firstRetry}, then twice as long each time, never longer
 * than {@code longestWait}, and not at all once {@code giveUpAfter} has passed since the event was written.
 */
public record RetrySchedule(Duration firstRetry, Duration longestWait, Duration giveUpAfter) {

    public RetrySchedule {
        requirePositive(firstRetry, "firstRetry");
        requirePositive(longestWait, "longestWait");
        requirePositive(giveUpAfter, "giveUpAfter");
    }

    /** How long to wait after the {@code failedAttempts}-th failure (counting from 1). */
    public Duration waitAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("a wait follows a failed attempt: " + failedAttempts);
        }
        Duration wait = firstRetry;
        for (int i = 1; i < failedAttempts && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    /** When to try an event written at {@code createdAt} again; empty when it is time to give up. */
    public Optional<Instant> nextAttempt(Instant createdAt, int failedAttempts, Instant now) {
        Instant next = now.plus(waitAfter(failedAttempts));
        return next.isAfter(createdAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
