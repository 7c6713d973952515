package ai.talkturo.numbers.provisioning.adapter.carrier;

import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How a carrier is asked again after it refused a request for load ({@code 429}), which it then did not process:
 * at most {@code attempts} requests in all, waiting between them an exponential step from {@code firstDelay}, capped
 * at {@code maxDelay}, with jitter (each wait between half and all of its step, so that clients refused together do
 * not come back together), and at least what a {@code Retry-After} header asks, within the cap.
 */
public record Backoff(int attempts, Duration firstDelay, Duration maxDelay, Sleeper sleeper) {

    public Backoff {
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
    public static Backoff standard() {
        return new Backoff(4, Duration.ofMillis(250), Duration.ofSeconds(4), Sleeper.THREAD);
    }

    /**
     * Sends until the answer is not a refusal for load, pausing before each repetition.
     *
     * @param refusedForLoad whether an answer is such a refusal
     * @param retryAfter     the answer's {@code Retry-After} header, or null
     * @param exhausted      the failure to throw when the last attempt was refused too, given the count of attempts
     */
    public <A> A send(Supplier<A> request, Predicate<A> refusedForLoad, Function<A, String> retryAfter,
                      Function<Integer, CarrierUnavailable> exhausted) {
        for (int attempt = 1; ; attempt++) {
            A answer = request.get();
            if (!refusedForLoad.test(answer)) {
                return answer;
            }
            if (attempt >= attempts) {
                throw exhausted.apply(attempt);
            }
            pause(delayBefore(attempt, retryAfter.apply(answer)));
        }
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

    private void pause(Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CarrierUnavailable("interrupted while waiting to ask the carrier again", e);
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
