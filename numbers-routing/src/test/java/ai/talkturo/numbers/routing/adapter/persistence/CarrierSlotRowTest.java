package ai.talkturo.numbers.routing.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CarrierSlotRowTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00.123456Z");
    private static final Duration QUARTER = Duration.ofMillis(250);

    @Test
    void slotsFollowEachOtherByTheIntervalToTheMicrosecond() {
        CarrierSlotRow row = new CarrierSlotRow("twilio");

        assertThat(row.take(NOW, QUARTER)).isEqualTo(NOW);
        assertThat(row.take(NOW, QUARTER)).isEqualTo(NOW.plus(QUARTER));
        assertThat(row.take(NOW.plusMillis(100), QUARTER)).isEqualTo(NOW.plus(QUARTER.multipliedBy(2)));
    }

    @Test
    void aCarrierIdleForAWhileHasItsNextSlotNow() {
        CarrierSlotRow row = new CarrierSlotRow("telnyx");
        row.take(NOW, QUARTER);

        assertThat(row.take(NOW.plusSeconds(10), QUARTER)).isEqualTo(NOW.plusSeconds(10));
    }
}
