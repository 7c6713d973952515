package ai.talkturo.numbers.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The carriers' slots in a map, reserved atomically, as one instance alone would share them. */
final class InMemoryCarrierSlots implements CarrierSlots {

    private final Map<String, Instant> next = new ConcurrentHashMap<>();

    @Override
    public Instant reserve(String carrier, Instant now, Duration interval) {
        Instant[] slot = new Instant[1];
        next.compute(carrier, (name, upcoming) -> {
            slot[0] = upcoming == null || upcoming.isBefore(now) ? now : upcoming;
            return slot[0].plus(interval);
        });
        return slot[0];
    }
}
