package ai.talkturo.numbers.provisioning.adapter.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** How long a carrier adapter waits after a {@code 429}, and how often it asks. */
class BackoffTest {

    private final Backoff backoff = new Backoff(5, Duration.ofMillis(250), Duration.ofSeconds(2), d -> { });

    @Test
    void doublesItsStepFromTheFirstDelayUpToTheMaximum() {
        assertThat(backoff.step(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.step(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.step(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.step(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.step(40)).isEqualTo(Duration.ofSeconds(2));
    }

    @RepeatedTest(20)
    void waitsBetweenHalfAndAllOfItsStep() {
        assertThat(backoff.delayBefore(2, null)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    }

    @Test
    void waitsAsLongAsRetryAfterAsksWithinTheMaximum() {
        assertThat(backoff.delayBefore(1, "1")).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delayBefore(1, "60")).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delayBefore(1, "soon")).isBetween(Duration.ofMillis(125), Duration.ofMillis(250));
    }

    @Test
    void needsAtLeastOneAttemptAndOrderedDelays() {
        assertThatThrownBy(() -> new Backoff(0, Duration.ZERO, Duration.ZERO, d -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(3, Duration.ofSeconds(2), Duration.ofSeconds(1), d -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sendsAgainWhileRefusedForLoadPausingBeforeEachRepetition() {
        List<Duration> pauses = new ArrayList<>();
        Backoff recording = new Backoff(4, Duration.ofMillis(100), Duration.ofSeconds(1), pauses::add);
        Iterator<Integer> statuses = List.of(429, 429, 200).iterator();

        int answer = recording.send(statuses::next, status -> status == 429, status -> "1",
                attempts -> new CarrierUnavailable("refused " + attempts + " times"));

        assertThat(answer).isEqualTo(200);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void givesUpAfterItsLastAttemptWithoutPausingAfterIt() {
        List<Duration> pauses = new ArrayList<>();
        Backoff recording = new Backoff(3, Duration.ofMillis(100), Duration.ofSeconds(1), pauses::add);

        assertThatThrownBy(() -> recording.send(() -> 429, status -> status == 429, status -> null,
                attempts -> new CarrierUnavailable("refused " + attempts + " times")))
                .isInstanceOf(CarrierUnavailable.class).hasMessage("refused 3 times");
        assertThat(pauses).hasSize(2);
    }
}
