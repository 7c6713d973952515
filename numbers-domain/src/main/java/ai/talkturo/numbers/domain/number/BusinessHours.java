package ai.talkturo.numbers.domain.number;

import ai.talkturo.numbers.domain.InvalidValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * When a number takes calls, in the local time of one time zone: the wall clock decides, so the hours stay the same
 * across a change to or from summer time. Outside them a call goes to the number's fallback, or hears
 * {@code closedMessage} (or a plain default) and is hung up.
 */
public record BusinessHours(ZoneId timeZone, List<OpeningHours> open, String closedMessage) {

    public static final String CLOSED = "We are closed right now. Please call again during our opening hours. Goodbye.";
    static final int LONGEST_MESSAGE = 500;

    public BusinessHours {
        Objects.requireNonNull(timeZone, "timeZone");
        open = List.copyOf(Objects.requireNonNull(open, "open"));
        if (open.isEmpty()) {
            throw new InvalidValue("name at least one period of opening hours");
        }
        for (int i = 0; i < open.size(); i++) {
            for (int j = i + 1; j < open.size(); j++) {
                if (open.get(i).overlaps(open.get(j))) {
                    throw new InvalidValue("periods " + (i + 1) + " and " + (j + 1) + " overlap");
                }
            }
        }
        closedMessage = message(closedMessage);
    }

    /** The time zone of a name such as {@code Europe/Berlin}. */
    public static ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValue("a time zone such as Europe/Berlin is required");
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException unknown) {
            throw new InvalidValue("'" + name + "' is not a time zone; use a name such as Europe/Berlin");
        }
    }

    /** A closed message as stored: {@code null} when none is given, so the default is heard. */
    public static String message(String text) {
        if (text == null) {
            return null;
        }
        if (text.isBlank() || text.length() > LONGEST_MESSAGE) {
            throw new InvalidValue("must be 1 to " + LONGEST_MESSAGE + " characters");
        }
        return text;
    }

    public boolean isOpenAt(Instant instant) {
        ZonedDateTime local = instant.atZone(timeZone);
        int minute = local.getHour() * 60 + local.getMinute();
        for (OpeningHours hours : open) {
            if (hours.includes(local.getDayOfWeek(), minute)) {
                return true;
            }
        }
        return false;
    }

    /** What a caller hears when the number is closed and has no fallback. */
    public String closedAnnouncement() {
        return closedMessage == null ? CLOSED : closedMessage;
    }
}
