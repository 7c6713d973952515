package ai.talkturo.numbers.web.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Which instances run now, as the database knows it: each instance touches its row of {@code instances} every
 * {@value #EVERY_SECONDS} seconds, and one not seen for {@link #SILENT_AFTER} is taken as gone. A claim that names an
 * instance and its start ({@link ThisInstance}) is free as soon as that run is gone, or started again.
 */
@ApplicationScoped
public class Heartbeats {

    public static final int EVERY_SECONDS = 5;
    static final Duration SILENT_AFTER = Duration.ofSeconds(3L * EVERY_SECONDS);

    @Inject
    Instances rows;
    @Inject
    ThisInstance instance;
    @Inject
    Clock clock;

    private boolean written;

    /** This instance is running: its row says so, with the start of this run. */
    public synchronized void beat() {
        LocalDateTime now = utc(clock.instant());
        LocalDateTime started = utc(instance.startedAt());
        if (!written) {
            try {
                rows.add(instance.name(), started, now);
                written = true;
                return;
            } catch (RuntimeException leftByAnEarlierRun) {
                written = true;
            }
        }
        rows.touch(instance.name(), started, now);
    }

    /** Whether the run of {@code name} that started at {@code startedAt} is still going. */
    public boolean running(String name, Instant startedAt) {
        if (name == null || startedAt == null) {
            return false;
        }
        if (name.equals(instance.name())) {
            return startedAt.equals(instance.startedAt());
        }
        return rows.seen(name, utc(startedAt), utc(clock.instant().minus(SILENT_AFTER)));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
