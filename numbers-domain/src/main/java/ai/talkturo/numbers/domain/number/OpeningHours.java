package ai.talkturo.numbers.domain.number;

import ai.talkturo.numbers.domain.InvalidValue;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hours a number is open on some days of the week, in local time: from {@code from} (inclusive) to {@code to}
 * (exclusive), in minutes after midnight; {@code to} may be 1440 ({@code "24:00"}) to keep open until midnight.
 */
public record OpeningHours(Set<DayOfWeek> days, int from, int to) {

    private static final int MIDNIGHT = 24 * 60;
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-4]):([0-5][0-9])");

    public OpeningHours {
        Objects.requireNonNull(days, "days");
        if (days.isEmpty()) {
            throw new InvalidValue("name at least one day, such as mon");
        }
        if (from < 0 || to > MIDNIGHT || from >= to) {
            throw new InvalidValue("from must be before to on the same day (" + clock(from) + " to " + clock(to)
                    + " is empty); split hours past midnight in two");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** The day {@code "mon"} … {@code "sun"} (or the full English name), in any letter case. */
    public static DayOfWeek day(String name) {
        if (name != null) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (DayOfWeek day : DayOfWeek.values()) {
                String full = day.name().toLowerCase(Locale.ROOT);
                if (lower.length() >= 3 && (full.equals(lower) || full.substring(0, 3).equals(lower))) {
                    return day;
                }
            }
        }
        throw new InvalidValue("must be one of mon, tue, wed, thu, fri, sat, sun");
    }

    /** Minutes after midnight of {@code "HH:MM"}, {@code "24:00"} being midnight at the end of the day. */
    public static int minutes(String time) {
        Matcher matcher = time == null ? null : TIME.matcher(time);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidValue("must be a time of day as HH:MM, such as 08:30 (24:00 for midnight at the end of the day)");
        }
        int minutes = Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
        if (minutes > MIDNIGHT) {
            throw new InvalidValue("must not be later than 24:00");
        }
        return minutes;
    }

    /** {@code "HH:MM"} of minutes after midnight. */
    public static String clock(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    public boolean includes(DayOfWeek day, int minute) {
        return days.contains(day) && minute >= from && minute < to;
    }

    /** Whether these hours and {@code other} are open at the same moment of some day. */
    public boolean overlaps(OpeningHours other) {
        return days.stream().anyMatch(other.days::contains) && from < other.to && other.from < to;
    }
}
