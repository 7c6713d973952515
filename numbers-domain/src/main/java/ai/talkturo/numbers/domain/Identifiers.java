package ai.talkturo.numbers.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * Issues identifiers such as {@code pn_01JD5Z3Q8K2M4N6P8R0T2V4X6Z}: a prefix naming the kind of
 * thing, an underscore and a ULID. The ULID is 48 bits of milliseconds since the epoch followed by
 * 80 random bits, written in Crockford's base 32, so identifiers sort by the time they were issued.
 */
public final class Identifiers {

    /** Crockford's base 32, the alphabet of a ULID, in ascending order: identifiers sort as their values do. */
    public static final String ULID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final char[] CROCKFORD = ULID_ALPHABET.toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long LARGEST_TIME = (1L << 48) - 1;
    private static final int TIME_CHARS = 10;
    private static final int RANDOM_BYTES = 10;
    private static final int RANDOM_CHARS = 16;

    private Identifiers() {
    }

    public static String next(String prefix) {
        return next(prefix, System.currentTimeMillis());
    }

    public static String next(String prefix, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return next(prefix, clock.millis());
    }

    private static String next(String prefix, long millis) {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("an identifier needs a prefix");
        }
        if (millis < 0 || millis > LARGEST_TIME) {
            throw new IllegalArgumentException("time out of the range of a ULID: " + millis);
        }
        StringBuilder id = new StringBuilder(prefix.length() + 1 + TIME_CHARS + RANDOM_CHARS);
        id.append(prefix).append('_');
        appendTime(id, millis);
        appendRandom(id);
        return id.toString();
    }

    private static void appendTime(StringBuilder id, long millis) {
        for (int i = TIME_CHARS - 1; i >= 0; i--) {
            id.append(CROCKFORD[(int) (millis >>> (i * 5)) & 31]);
        }
    }

    private static void appendRandom(StringBuilder id) {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        for (int i = 0; i < RANDOM_CHARS; i++) {
            int bit = i * 5;
            int index = bit / 8;
            int window = (bytes[index] & 0xFF) << 8;
            if (index + 1 < RANDOM_BYTES) {
                window |= bytes[index + 1] & 0xFF;
            }
            id.append(CROCKFORD[(window >>> (11 - bit % 8)) & 31]);
        }
    }
}
