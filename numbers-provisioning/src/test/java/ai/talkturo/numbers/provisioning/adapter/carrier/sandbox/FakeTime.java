package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that stands still, and a sleeper that moves it on by each pause instead of waiting, noting the pauses. */
final class FakeTime extends Clock implements Sleeper {

    private Instant now;
    private final List<Duration> pauses = new ArrayList<>();

    FakeTime(String isoInstant) {
        this.now = Instant.parse(isoInstant);
    }

    void advance(Duration duration) {
        now = now.plus(duration);
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

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
