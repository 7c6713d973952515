package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How Twilio is asked again after it answered {@code 429} (code 20429: too many concurrent requests, the request
 * was not processed): at most {@code tries} requests in all, waiting an exponentially growing, jittered pause
 * between them, never longer than {@code ceiling}.
 */
record Backoff(int tries, Duration first, Duration ceiling, Sleeper sleeper) {

    /** Waits; tests pass one that only records the pauses. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    public Backoff {
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be at least 1");
        }
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(ceiling, "ceiling");
        Objects.requireNonNull(sleeper, "sleeper");
        if (first.isNegative() || ceiling.compareTo(first) < 0) {
            throw new IllegalArgumentException("first must be positive and at most ceiling");
        }
    }

    /** Four tries, pausing about 0.25 s, 0.5 s and 1 s, with {@link Thread#sleep(long)}. */
    public static Backoff standard() {
        return new Backoff(4, Duration.ofMillis(250), Duration.ofSeconds(2), pause -> Thread.sleep(pause.toMillis()));
    }

    /**
     * The pause before try number {@code next} (2 for the first repetition): half of the exponential step for sure,
     * the other half at random, so that clients refused together do not come back together.
     */
    Duration pauseBefore(int next, RandomGenerator random) {
        long step = first.toMillis() << Math.min(next - 2, 20);
        long capped = Math.min(step, ceiling.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
    }
}
