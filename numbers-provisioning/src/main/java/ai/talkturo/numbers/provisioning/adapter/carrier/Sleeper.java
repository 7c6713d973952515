package ai.talkturo.numbers.provisioning.adapter.carrier;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits: between two tries at a carrier that refused for load, or while the sandbox pretends to work on an order.
 * Tests pass one that records the pauses or moves a clock on instead.
 */
@FunctionalInterface
public interface Sleeper {

    /** Blocks the calling thread. */
    Sleeper THREAD = pause -> TimeUnit.NANOSECONDS.sleep(pause.toNanos());

    void sleep(Duration pause) throws InterruptedException;
}
