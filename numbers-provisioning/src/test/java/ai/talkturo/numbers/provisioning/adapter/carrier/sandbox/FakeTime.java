package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import ai.talkturo.numbers.provisioning.MovingClock;
import ai.talkturo.numbers.provisioning.adapter.carrier.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that stands still, and a sleeper that moves it on by each pause instead of waiting, noting the pauses. */
final class FakeTime extends MovingClock implements Sleeper {

    private final List<Duration> pauses = new ArrayList<>();

    FakeTime(String isoInstant) {
        super(Instant.parse(isoInstant));
    }

    @Override
    public void sleep(Duration pause) {
        pauses.add(pause);
        advance(pause);
    }

    List<Duration> pauses() {
        return List.copyOf(pauses);
    }

    Duration slept() {
        return pauses.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
