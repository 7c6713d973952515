package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait after Telnyx answers {@code 429}: exponential from {@code firstDelay}, capped at
 * {@code maxDelay}, with jitter (each wait is between half and all of its step), and at least what a
 * {@code Retry-After} header asks, within the cap. A request answered {@code 429} was not processed, so it is sent
 * again, at most {@code attempts} times in all.
 */
record RateLimitBackoff(int attempts, Duration firstDelay, Duration maxDelay, Sleeper sleeper) {

    /** Waits; tests pass one that only records. */
    @FunctionalInterface
    public interface Sleeper {

        void sleep(Duration duration) throws InterruptedException;
    }

    public RateLimitBackoff {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(sleeper, "sleeper");
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= firstDelay <= maxDelay");
        }
    }

    /** Four attempts, waiting about 0.25 s, 0.5 s and 1 s in between, never more than 4 s. */
    public static RateLimitBackoff standard() {
        return new RateLimitBackoff(4, Duration.ofMillis(250), Duration.ofSeconds(4),
                duration -> Thread.sleep(duration.toMillis()));
    }

    /** The step before retry {@code retry} (1 for the first retry), before jitter. */
    public Duration step(int retry) {
        long millis = firstDelay.toMillis();
        for (int i = 1; i < retry && millis < maxDelay.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }

    /**
     * The wait before retry {@code retry}: between half and all of its {@link #step(int)}, at least
     * {@code retryAfter} (the header's value in seconds, or null), never more than {@code maxDelay}.
     */
    public Duration delayBefore(int retry, String retryAfter) {
        long step = step(retry).toMillis();
        long half = step / 2;
        long jittered = half + (step - half == 0 ? 0 : ThreadLocalRandom.current().nextLong(step - half + 1));
        long asked = retryAfterMillis(retryAfter);
        return Duration.ofMillis(Math.min(Math.max(jittered, asked), maxDelay.toMillis()));
    }

    void pause(int retry, String retryAfter) {
        try {
            sleeper.sleep(delayBefore(retry, retryAfter));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CarrierUnavailable("interrupted while waiting out Telnyx's rate limit", e);
        }
    }

    private static long retryAfterMillis(String retryAfter) {
        if (retryAfter == null) {
            return 0;
        }
        try {
            return Math.min(Math.max(0, Long.parseLong(retryAfter.trim())), 3600) * 1000;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
