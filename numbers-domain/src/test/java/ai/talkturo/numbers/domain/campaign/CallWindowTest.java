package ai.talkturo.numbers.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.InvalidValue;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallWindowTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId ST_JOHNS = ZoneId.of("America/St_Johns");
    private static final ZoneId ATLANTIC = ZoneId.of("America/Puerto_Rico");

    private static Instant at(String localDateTime, ZoneId zone) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), zone).toInstant();
    }

    @Test
    void theDefaultLetsUnitedStatesContactsBeCalledFromEightUntilJustBeforeNine() {
        assertThat(CallWindow.DEFAULT.holdsAt(at("2026-12-07T20:59:59", LOS_ANGELES), LOS_ANGELES)).isTrue();
        assertThat(CallWindow.DEFAULT.holdsAt(at("2026-12-07T21:00:00", LOS_ANGELES), LOS_ANGELES)).isFalse();
        assertThat(CallWindow.DEFAULT.holdsAt(at("2026-12-07T07:59:59", LOS_ANGELES), LOS_ANGELES)).isFalse();
        assertThat(CallWindow.DEFAULT.holdsAt(at("2026-12-07T08:00:00", LOS_ANGELES), LOS_ANGELES)).isTrue();
    }

    @Test
    void theWindowIsTheContactsOwnLocalTimeNotTheCallers() {
        Instant morningInBerlin = at("2026-12-08T06:00:00", LOS_ANGELES);
        assertThat(morningInBerlin.atZone(BERLIN).getHour()).isEqualTo(15);

        assertThat(CallWindow.DEFAULT.holdsAt(morningInBerlin, BERLIN)).isTrue();
        assertThat(CallWindow.DEFAULT.holdsAt(morningInBerlin, LOS_ANGELES)).isFalse();
    }

    @Test
    void aContactOutsideItsWindowIsDueWhenItsWindowNextOpens() {
        Instant tenAtNight = at("2026-12-07T22:00:00", LOS_ANGELES);

        assertThat(CallWindow.DEFAULT.nextOpening(tenAtNight, Set.of(LOS_ANGELES)))
                .contains(at("2026-12-08T08:00:00", LOS_ANGELES));
        assertThat(CallWindow.DEFAULT.nextOpening(at("2026-12-08T06:30:00", LOS_ANGELES), Set.of(LOS_ANGELES)))
                .contains(at("2026-12-08T08:00:00", LOS_ANGELES));
    }

    @Test
    void insideTheWindowTheNextOpeningIsNow() {
        Instant now = at("2026-12-07T20:59:00", LOS_ANGELES);

        assertThat(CallWindow.DEFAULT.nextOpening(now, Set.of(LOS_ANGELES))).contains(now);
    }

    @Test
    void aNumberInTwoZonesWaitsUntilTheWindowHoldsInBoth() {
        // Newfoundland and Labrador's area code 709: Newfoundland time and, in Labrador, Atlantic time half an hour behind
        Instant quarterPastEightInStJohns = at("2026-12-08T08:15:00", ST_JOHNS);

        assertThat(CallWindow.DEFAULT.holdsAt(quarterPastEightInStJohns, ST_JOHNS)).isTrue();
        assertThat(CallWindow.DEFAULT.holdsAt(quarterPastEightInStJohns, List.of(ST_JOHNS, ATLANTIC))).isFalse();
        assertThat(CallWindow.DEFAULT.nextOpening(quarterPastEightInStJohns, List.of(ST_JOHNS, ATLANTIC)))
                .contains(at("2026-12-08T08:00:00", ATLANTIC));
        assertThat(CallWindow.DEFAULT.holdsAt(at("2026-12-08T20:45:00", ST_JOHNS), List.of(ST_JOHNS, ATLANTIC)))
                .isTrue();
        assertThat(CallWindow.DEFAULT.holdsAt(at("2026-12-08T21:00:00", ST_JOHNS), List.of(ST_JOHNS, ATLANTIC)))
                .isFalse();
    }

    @Test
    void closedDaysArePassedOver() {
        CallWindow weekdays = new CallWindow(LocalTime.of(9, 0), LocalTime.of(17, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        Instant fridayEvening = at("2026-12-11T17:00:00", BERLIN);

        assertThat(weekdays.holdsAt(at("2026-12-12T10:00:00", BERLIN), BERLIN)).isFalse();
        assertThat(weekdays.nextOpening(fridayEvening, Set.of(BERLIN))).contains(at("2026-12-14T09:00:00", BERLIN));
        assertThat(weekdays.dayNames()).containsExactly("mon", "tue", "wed", "thu", "fri");
    }

    @Test
    void zonesWhoseWindowsNeverOverlapNeverOpen() {
        CallWindow oneHour = new CallWindow(LocalTime.of(9, 0), LocalTime.of(10, 0), EnumSet.allOf(DayOfWeek.class));

        assertThat(oneHour.nextOpening(at("2026-12-08T00:00:00", BERLIN), List.of(BERLIN, LOS_ANGELES))).isEmpty();
        assertThat(oneHour.nextOpening(Instant.parse("2026-12-08T00:00:00Z"), List.of())).isEmpty();
    }

    @Test
    void aStartInTheSpringGapOfDaylightSavingTimeOpensAtTheGapsEnd() {
        CallWindow earlyMorning = new CallWindow(LocalTime.of(2, 30), LocalTime.of(5, 0), EnumSet.allOf(DayOfWeek.class));

        assertThat(earlyMorning.nextOpening(at("2027-03-28T01:00:00", BERLIN), Set.of(BERLIN)))
                .contains(Instant.parse("2027-03-28T01:30:00Z"));
    }

    @Test
    void aWindowToTheEndOfTheDayHoldsUntilMidnight() {
        CallWindow allDay = new CallWindow(LocalTime.MIDNIGHT, CallWindow.time("24:00"), EnumSet.allOf(DayOfWeek.class));

        assertThat(allDay.holdsAt(at("2026-12-07T23:59:59", BERLIN), BERLIN)).isTrue();
        assertThat(allDay.holdsAt(at("2026-12-08T00:00:00", BERLIN), BERLIN)).isTrue();
        assertThat(CallWindow.text(allDay.end())).isEqualTo("24:00");
        assertThat(CallWindow.text(allDay.start())).isEqualTo("00:00");
    }

    @Test
    void aWindowOpensBeforeItClosesOnSomeDay() {
        assertThatThrownBy(() -> new CallWindow(LocalTime.of(21, 0), LocalTime.of(8, 0), EnumSet.allOf(DayOfWeek.class)))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new CallWindow(LocalTime.of(9, 0), LocalTime.of(9, 0), EnumSet.allOf(DayOfWeek.class)))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new CallWindow(LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of()))
                .isInstanceOf(InvalidValue.class);
        assertThat(CallWindow.day("sat")).contains(DayOfWeek.SATURDAY);
        assertThat(CallWindow.day("Saturday")).isEmpty();
    }
}
