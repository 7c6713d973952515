package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits while the sandbox pretends to work on an order; tests pass one that moves a clock on instead. */
@FunctionalInterface
interface Sleeper {

    /** Blocks the calling thread. */
    Sleeper THREAD = pause -> TimeUnit.NANOSECONDS.sleep(pause.toNanos());

    void sleep(Duration pause) throws InterruptedException;
}
