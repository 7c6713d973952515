package ai.talkturo.numbers.domain.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.InvalidValue;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    private static final Set<DayOfWeek> WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private final BusinessHours berlin = new BusinessHours(BusinessHours.zone("Europe/Berlin"),
            List.of(new OpeningHours(WEEKDAYS, 8 * 60, 18 * 60), new OpeningHours(WEEKEND, 10 * 60, 14 * 60)), null);

    @Test
    void opensByTheWallClockOfItsTimeZone() {
        // Tuesday 1 December 2026: Berlin is UTC+1.
        assertThat(berlin.isOpenAt(Instant.parse("2026-12-01T06:59:00Z"))).isFalse();
        assertThat(berlin.isOpenAt(Instant.parse("2026-12-01T07:00:00Z"))).isTrue();
        assertThat(berlin.isOpenAt(Instant.parse("2026-12-01T16:59:59Z"))).isTrue();
        assertThat(berlin.isOpenAt(Instant.parse("2026-12-01T17:00:00Z"))).isFalse();
    }

    @Test
    void keepsTheSameLocalHoursAcrossTheChangeToSummerTime() {
        // Summer time begins in Berlin on Sunday 29 March 2026 at 02:00 local (01:00 UTC); Monday 30 March is UTC+2.
        assertThat(berlin.isOpenAt(Instant.parse("2026-03-27T06:30:00Z"))).as("Friday 07:30 CET").isFalse();
        assertThat(berlin.isOpenAt(Instant.parse("2026-03-27T07:30:00Z"))).as("Friday 08:30 CET").isTrue();
        assertThat(berlin.isOpenAt(Instant.parse("2026-03-30T06:30:00Z"))).as("Monday 08:30 CEST").isTrue();
        assertThat(berlin.isOpenAt(Instant.parse("2026-03-30T16:30:00Z"))).as("Monday 18:30 CEST").isFalse();
        assertThat(berlin.isOpenAt(Instant.parse("2026-03-29T08:30:00Z"))).as("Sunday 10:30 CEST").isTrue();
        assertThat(berlin.isOpenAt(Instant.parse("2026-03-29T12:30:00Z"))).as("Sunday 14:30 CEST").isFalse();
    }

    @Test
    void keepsTheSameLocalHoursAcrossTheChangeBackToWinterTime() {
        // Winter time comes back on Sunday 25 October 2026 at 03:00 local (01:00 UTC); Monday 26 October is UTC+1.
        assertThat(berlin.isOpenAt(Instant.parse("2026-10-23T05:30:00Z"))).as("Friday 07:30 CEST").isFalse();
        assertThat(berlin.isOpenAt(Instant.parse("2026-10-26T06:30:00Z"))).as("Monday 07:30 CET").isFalse();
        assertThat(berlin.isOpenAt(Instant.parse("2026-10-26T07:30:00Z"))).as("Monday 08:30 CET").isTrue();
    }

    @Test
    void staysOpenUntilMidnightWhenTheHoursEndAt2400() {
        BusinessHours late = new BusinessHours(BusinessHours.zone("America/New_York"),
                List.of(new OpeningHours(Set.of(DayOfWeek.FRIDAY), OpeningHours.minutes("20:00"), OpeningHours.minutes("24:00"))),
                "Closed.");
        assertThat(late.isOpenAt(Instant.parse("2026-12-05T04:59:00Z"))).as("Friday 23:59 EST").isTrue();
        assertThat(late.isOpenAt(Instant.parse("2026-12-05T05:00:00Z"))).as("Saturday 00:00 EST").isFalse();
        assertThat(late.closedAnnouncement()).isEqualTo("Closed.");
    }

    @Test
    void refusesOverlappingPeriods() {
        assertThatThrownBy(() -> new BusinessHours(BusinessHours.zone("Europe/Berlin"), List.of(
                new OpeningHours(WEEKDAYS, 8 * 60, 12 * 60),
                new OpeningHours(Set.of(DayOfWeek.FRIDAY), 11 * 60, 15 * 60)), null))
                .isInstanceOf(InvalidValue.class).hasMessage("periods 1 and 2 overlap");
    }

    @Test
    void takesPeriodsThatTouchOrFallOnOtherDays() {
        BusinessHours split = new BusinessHours(BusinessHours.zone("Europe/Vienna"), List.of(
                new OpeningHours(WEEKDAYS, 8 * 60, 12 * 60),
                new OpeningHours(WEEKDAYS, 12 * 60, 17 * 60),
                new OpeningHours(WEEKEND, 8 * 60, 12 * 60)), null);
        assertThat(split.open()).hasSize(3);
    }

    @Test
    void refusesEmptyOrReversedHoursAndNoHoursAtAll() {
        assertThatThrownBy(() -> new OpeningHours(WEEKDAYS, 9 * 60, 9 * 60)).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("09:00 to 09:00 is empty");
        assertThatThrownBy(() -> new OpeningHours(WEEKDAYS, 22 * 60, 2 * 60)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new OpeningHours(Set.of(), 8 * 60, 9 * 60)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new BusinessHours(BusinessHours.zone("UTC"), List.of(), null))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void readsDaysTimesAndZonesAsTheApiWritesThem() {
        assertThat(OpeningHours.day("mon")).isEqualTo(DayOfWeek.MONDAY);
        assertThat(OpeningHours.day("Sunday")).isEqualTo(DayOfWeek.SUNDAY);
        assertThatThrownBy(() -> OpeningHours.day("mo")).isInstanceOf(InvalidValue.class);
        assertThat(OpeningHours.minutes("08:30")).isEqualTo(510);
        assertThat(OpeningHours.minutes("24:00")).isEqualTo(1440);
        assertThatThrownBy(() -> OpeningHours.minutes("24:01")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> OpeningHours.minutes("8:30")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> BusinessHours.zone("Europe/Atlantis")).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("not a time zone");
        assertThatThrownBy(() -> BusinessHours.message(" ")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> BusinessHours.message("x".repeat(501))).isInstanceOf(InvalidValue.class);
    }
}
