package ai.talkturo.numbers.domain.campaign;

import ai.talkturo.numbers.domain.InvalidValue;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When a campaign may call a contact, in the contact's own local time: from {@code start} until just before
 * {@code end}, on {@code days}; an end of {@code 24:00} is the end of the day. The default is what United States
 * rules allow for such calls, 08:00 to 21:00, every day. A contact whose number spans several time zones is called only when the window holds in all of them.
 */
public record CallWindow(LocalTime start, LocalTime end, Set<DayOfWeek> days) {

    public static final CallWindow DEFAULT = new CallWindow(LocalTime.of(8, 0), LocalTime.of(21, 0),
            EnumSet.allOf(DayOfWeek.class));

    /** Far enough ahead to pass a week of closed days in zones a day apart; beyond it the window never holds. */
    private static final Duration LOOK_AHEAD = Duration.ofDays(15);

    public CallWindow {
        if (start == null || end == null) {
            throw new InvalidValue("a call window has a start and an end");
        }
        if (!start.isBefore(end)) {
            throw new InvalidValue("a call window ends after it starts, on the same day");
        }
        if (days == null || days.isEmpty()) {
            throw new InvalidValue("a call window is open on at least one day");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** The end of the day, written {@code 24:00}. */
    public static final String END_OF_DAY = "24:00";

    /** A time of the window as the API writes it: {@code 09:00}, and {@code 24:00} for the end of the day. */
    public static String text(LocalTime time) {
        return time.equals(LocalTime.MAX) ? END_OF_DAY : time.toString();
    }

    /** The time written {@code 09:00}, or the end of the day for {@code 24:00}. */
    public static LocalTime time(String text) {
        return END_OF_DAY.equals(text) ? LocalTime.MAX : LocalTime.parse(text);
    }

    /** The day as the API writes it: {@code mon}, {@code tue}, … */
    public static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }

    /** The day with this API name; empty for anything else. */
    public static Optional<DayOfWeek> day(String name) {
        return Arrays.stream(DayOfWeek.values()).filter(day -> dayName(day).equals(name)).findFirst();
    }

    /** The window's days in week order, as the API writes them. */
    public List<String> dayNames() {
        return Arrays.stream(DayOfWeek.values()).filter(days::contains).map(CallWindow::dayName).toList();
    }

    /** Whether a contact in {@code zone} may be called at {@code at}. */
    public boolean holdsAt(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end);
    }

    /** Whether a contact in all of {@code zones} may be called at {@code at}; never for no zone at all. */
    public boolean holdsAt(Instant at, Collection<ZoneId> zones) {
        return !zones.isEmpty() && zones.stream().allMatch(zone -> holdsAt(at, zone));
    }

    /**
     * The first moment from {@code from} on at which the window holds in every one of {@code zones}: {@code from}
     * itself when it holds now; empty when it never does (windows of zones too far apart never overlap).
     */
    public Optional<Instant> nextOpening(Instant from, Collection<ZoneId> zones) {
        if (zones.isEmpty()) {
            return Optional.empty();
        }
        Instant limit = from.plus(LOOK_AHEAD);
        Instant at = from;
        while (!at.isAfter(limit)) {
            Instant now = at;
            Optional<ZoneId> closed = zones.stream().filter(zone -> !holdsAt(now, zone)).findFirst();
            if (closed.isEmpty()) {
                return Optional.of(at);
            }
            at = opening(at, closed.get());
        }
        return Optional.empty();
    }

    /**
     * The next start of the window in {@code zone} after {@code at}, where the window is closed at {@code at}. A start
     * that falls into a gap of daylight saving time opens at the end of the gap.
     */
    private Instant opening(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate date = local.toLocalDate();
        if (!local.toLocalTime().isBefore(start)) {
            date = date.plusDays(1);
        }
        while (!days.contains(date.getDayOfWeek())) {
            date = date.plusDays(1);
        }
        Instant opening = ZonedDateTime.of(date, start, zone).toInstant();
        return opening.isAfter(at) ? opening : at.plusSeconds(1);
    }
}
