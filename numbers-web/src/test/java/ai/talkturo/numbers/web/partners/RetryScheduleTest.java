package ai.talkturo.numbers.web.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24));
    private final Instant written = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void waitsTwiceAsLongAfterEachFailureUpToAnHour() {
        assertThat(IntStream.rangeClosed(1, 12).mapToObj(schedule::waitAfter).map(Duration::getSeconds))
                .containsExactly(10L, 20L, 40L, 80L, 160L, 320L, 640L, 1280L, 2560L, 3600L, 3600L, 3600L);
    }

    @Test
    void keepsToTheLongestWaitHoweverManyFailures() {
        assertThat(schedule.waitAfter(1_000)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void triesAgainWithinADayOfTheEventBeingWritten() {
        Instant failedAt = written.plusSeconds(5);

        assertThat(schedule.nextAttempt(written, 1, failedAt)).contains(failedAt.plusSeconds(10));
        assertThat(schedule.nextAttempt(written, 12, written.plus(Duration.ofHours(23)))).contains(written.plus(Duration.ofHours(24)));
    }

    @Test
    void givesUpWhenTheNextAttemptWouldComeMoreThanADayAfterTheEvent() {
        assertThat(schedule.nextAttempt(written, 12, written.plus(Duration.ofHours(23)).plusSeconds(1))).isEmpty();
        assertThat(schedule.nextAttempt(written, 1, written.plus(Duration.ofHours(24)))).isEmpty();
    }

    @Test
    void aScheduleOfASecondGivesTheTestsTheirPace() {
        RetrySchedule quick = new RetrySchedule(Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofHours(24));

        assertThat(IntStream.rangeClosed(1, 4).mapToObj(quick::waitAfter).map(Duration::getSeconds))
                .containsExactly(1L, 2L, 4L, 8L);
    }

    @Test
    void refusesDurationsThatAreNotPositive() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(24)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schedule.waitAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
