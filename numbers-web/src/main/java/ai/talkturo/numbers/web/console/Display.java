package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the console writes numbers, money, times and names for people. */
final class Display {

    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Display() {
    }

    /** {@code +1 415-555-0101}: the international format, easier to read than E.164. */
    static String phone(E164Number number) {
        try {
            return PHONE_NUMBERS.format(PHONE_NUMBERS.parse(number.value(), null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return number.value();
        }
    }

    static String money(BigDecimal amount) {
        return "$" + amount.toPlainString();
    }

    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** {@code 4 days 23 h left}, {@code 5 h 12 min left}, {@code 3 min left}, {@code expiring}. */
    static String timeLeft(Instant until, Instant now) {
        Duration left = Duration.between(now, until);
        if (left.isNegative() || left.isZero()) {
            return "expiring";
        }
        if (left.toDays() >= 1) {
            return left.toDays() + (left.toDays() == 1 ? " day " : " days ") + left.toHoursPart() + " h left";
        }
        if (left.toHours() >= 1) {
            return left.toHours() + " h " + left.toMinutesPart() + " min left";
        }
        return Math.max(1, left.toMinutes()) + " min left";
    }

    /** {@code 3 min}, {@code 2 h 5 min}, {@code 4 days}. */
    static String age(Instant since, Instant now) {
        Duration age = Duration.between(since, now);
        if (age.toDays() >= 1) {
            return age.toDays() + (age.toDays() == 1 ? " day" : " days");
        }
        if (age.toHours() >= 1) {
            return age.toHours() + " h " + age.toMinutesPart() + " min";
        }
        if (age.toMinutes() >= 1) {
            return age.toMinutes() + " min";
        }
        return age.toSeconds() + " s";
    }

    static String typeName(NumberType type) {
        return switch (type) {
            case LOCAL -> "Local";
            case TOLL_FREE -> "Toll-free";
            case MOBILE -> "Mobile";
            case NATIONAL -> "National";
        };
    }

    static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** {@code twilio} → Twilio, {@code telnyx} → Telnyx, {@code sandbox} → sandbox. */
    static String carrierName(String provider) {
        return switch (provider) {
            case "twilio" -> "Twilio";
            case "telnyx" -> "Telnyx";
            default -> provider;
        };
    }

    static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
