package ai.talkturo.numbers.routing;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Keeps the calls placed through each carrier within its rate ({@code numbers.calls.max-per-second}): each dial
 * reserves the carrier's next free slot, {@code 1 / rate} after the one before, and waits for it. Reserving is
 * atomic, so dials from any number of threads share the rate; a carrier idle for a while starts again at once,
 * without a burst.
 */
public final class CarrierPace {

    /** Waits; tests pass one that only notes the pauses. */
    @FunctionalInterface
    public interface Sleeper {

        Sleeper THREAD = pause -> TimeUnit.NANOSECONDS.sleep(pause.toNanos());

        void sleep(Duration pause) throws InterruptedException;
    }

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Map<String, Long> nextSlot = new ConcurrentHashMap<>();

    /** @param perSecond how many calls a second each carrier takes; more than 0 */
    public CarrierPace(double perSecond, LongSupplier nanoTime, Sleeper sleeper) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("numbers.calls.max-per-second must be more than 0: " + perSecond);
        }
        this.intervalNanos = Math.max(1, Math.round(1_000_000_000d / perSecond));
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Reserves the carrier's next slot; answers how long from now until it comes. */
    public Duration reserve(String carrier) {
        long now = nanoTime.getAsLong();
        long[] slot = new long[1];
        nextSlot.compute(carrier, (name, next) -> {
            long at = next == null || next - now < 0 ? now : next;
            slot[0] = at;
            return at + intervalNanos;
        });
        return Duration.ofNanos(slot[0] - now);
    }

    /**
     * Reserves the carrier's next slot and waits for it.
     *
     * @throws IllegalStateException when interrupted while waiting
     */
    public void await(String carrier) {
        Duration wait = reserve(carrier);
        if (wait.isZero()) {
            return;
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to call through " + carrier, e);
        }
    }
}
