package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** How long the Telnyx adapter waits after a {@code 429}. */
class TelnyxRateLimitBackoffTest {

    private final RateLimitBackoff backoff = new RateLimitBackoff(5, Duration.ofMillis(250), Duration.ofSeconds(2), d -> { });

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
        assertThatThrownBy(() -> new RateLimitBackoff(0, Duration.ZERO, Duration.ZERO, d -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitBackoff(3, Duration.ofSeconds(2), Duration.ofSeconds(1), d -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
