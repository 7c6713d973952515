package ai.talkturo.numbers.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the calls placed through each carrier within its rate ({@code numbers.calls.max-per-second}): each dial
 * reserves the carrier's next free slot, {@code 1 / rate} after the one before, and waits for it. The slots are
 * {@link CarrierSlots}, shared by every thread and every instance, so the rate holds for the cluster as a whole; a
 * carrier idle for a while starts again at once, without a burst.
 */
public final class CarrierPace {

    /** Waits; tests pass one that only notes the pauses. */
    @FunctionalInterface
    public interface Sleeper {

        Sleeper THREAD = pause -> TimeUnit.NANOSECONDS.sleep(pause.toNanos());

        void sleep(Duration pause) throws InterruptedException;
    }

    private final Duration interval;
    private final CarrierSlots slots;
    private final Clock clock;
    private final Sleeper sleeper;

    /** @param perSecond how many calls a second each carrier takes; more than 0 */
    public CarrierPace(double perSecond, CarrierSlots slots, Clock clock, Sleeper sleeper) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("numbers.calls.max-per-second must be more than 0: " + perSecond);
        }
        this.interval = Duration.ofNanos(Math.max(1, Math.round(1_000_000_000d / perSecond)));
        this.slots = Objects.requireNonNull(slots, "slots");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Reserves the carrier's next slot; answers how long from now until it comes. */
    public Duration reserve(String carrier) {
        Instant now = clock.instant();
        Instant slot = slots.reserve(carrier, now, interval);
        return slot.isAfter(now) ? Duration.between(now, slot) : Duration.ZERO;
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
