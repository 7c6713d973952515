package ai.talkturo.numbers.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.number.E164Number;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DisplayTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void writesNumbersInTheirInternationalFormat() {
        assertThat(Display.phone(E164Number.of("+14155552671"))).isEqualTo("+1 415-555-2671");
        assertThat(Display.phone(E164Number.of("+493012345678"))).isEqualTo("+49 30 12345678");
    }

    @Test
    void writesTheTimeATrialNumberHasLeft() {
        assertThat(Display.timeLeft(NOW.plus(Duration.ofDays(4).plusHours(23).plusMinutes(59)), NOW)).isEqualTo("4 days 23 h left");
        assertThat(Display.timeLeft(NOW.plus(Duration.ofDays(1)), NOW)).isEqualTo("1 day 0 h left");
        assertThat(Display.timeLeft(NOW.plus(Duration.ofMinutes(125)), NOW)).isEqualTo("2 h 5 min left");
        assertThat(Display.timeLeft(NOW.plusSeconds(20), NOW)).isEqualTo("1 min left");
        assertThat(Display.timeLeft(NOW, NOW)).isEqualTo("expiring");
    }

    @Test
    void writesMoneyInDollarsAndMomentsInUtc() {
        assertThat(Display.money(new BigDecimal("1.15"))).isEqualTo("$1.15");
        assertThat(Display.moment(NOW)).isEqualTo("23 Nov 2026, 10:00 UTC");
        assertThat(Display.moment(null)).isEmpty();
    }
}
