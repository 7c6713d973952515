package ai.talkturo.numbers.web.api;

import java.time.Duration;

/** A partner key that used up its requests for now; {@link #retryAfter()} says when the next one is allowed. */
public final class RateLimited extends RuntimeException {

    private final Duration retryAfter;

    public RateLimited(Duration retryAfter) {
        super("too many requests with this key; try again in " + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, at least one: what {@code Retry-After} says. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
