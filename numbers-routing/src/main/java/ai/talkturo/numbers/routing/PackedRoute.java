package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.Identifiers;
import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.domain.number.NumberStatus;
import java.util.Arrays;

/**
 * A route as the routing table holds it, a million of them in little heap: the E.164 number is the table's key (a
 * {@code long} of its digits, see {@link #numberKey}), the phone number's id is its 128 ULID bits in two {@code long}s
 * rather than a 29-character string, and the account's and assistant's ids are the table's shared copies. An id of
 * another shape is kept as it came, so every id survives the trip.
 */
final class PackedRoute {

    private static final String ID_PREFIX = "pn_";
    private static final int ULID_CHARS = 26;
    private static final String CROCKFORD = Identifiers.ULID_ALPHABET;
    private static final byte[] CROCKFORD_VALUE = new byte[128];

    static {
        Arrays.fill(CROCKFORD_VALUE, (byte) -1);
        for (int i = 0; i < CROCKFORD.length(); i++) {
            CROCKFORD_VALUE[CROCKFORD.charAt(i)] = (byte) i;
        }
    }

    private final long idHigh;
    private final long idLow;
    /** The phone number's id when it is not {@code pn_} and a ULID; {@code null} otherwise. */
    private final String irregularId;
    final String accountId;
    final String assistantId;
    final NumberStatus status;
    final long version;
    final InboundRules inbound;

    private PackedRoute(long idHigh, long idLow, String irregularId, String accountId, String assistantId,
                        NumberStatus status, long version, InboundRules inbound) {
        this.idHigh = idHigh;
        this.idLow = idLow;
        this.irregularId = irregularId;
        this.accountId = accountId;
        this.assistantId = assistantId;
        this.status = status;
        this.version = version;
        this.inbound = inbound;
    }

    /** Packs {@code route}, with {@code accountId} and {@code assistantId} as the table's shared copies of its ids. */
    static PackedRoute of(Route route, String accountId, String assistantId) {
        String id = route.phoneNumberId();
        long high = 0;
        long low = 0;
        boolean regular = id.length() == ID_PREFIX.length() + ULID_CHARS && id.startsWith(ID_PREFIX);
        for (int i = ID_PREFIX.length(); regular && i < id.length(); i++) {
            char c = id.charAt(i);
            int value = c < 128 ? CROCKFORD_VALUE[c] : -1;
            regular = value >= 0 && (i > ID_PREFIX.length() || value < 8);
            high = (high << 5) | (low >>> 59);
            low = (low << 5) | value;
        }
        return regular
                ? new PackedRoute(high, low, null, accountId, assistantId, route.status(), route.version(), route.inbound())
                : new PackedRoute(0, 0, id, accountId, assistantId, route.status(), route.version(), route.inbound());
    }

    /**
     * The table's key of an E.164 number: its digits as a {@code long}. Answers {@code -1} for anything else (no
     * {@code +}, a leading zero, more than 18 digits, a non-digit), which no route can have.
     */
    static long numberKey(String phoneNumber) {
        int length = phoneNumber.length();
        if (length < 2 || length > 19 || phoneNumber.charAt(0) != '+' || phoneNumber.charAt(1) == '0') {
            return -1;
        }
        long key = 0;
        for (int i = 1; i < length; i++) {
            char c = phoneNumber.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            key = key * 10 + (c - '0');
        }
        return key;
    }

    static String phoneNumber(long key) {
        return "+" + key;
    }

    String phoneNumberId() {
        if (irregularId != null) {
            return irregularId;
        }
        char[] id = new char[ID_PREFIX.length() + ULID_CHARS];
        ID_PREFIX.getChars(0, ID_PREFIX.length(), id, 0);
        long high = idHigh;
        long low = idLow;
        for (int i = id.length - 1; i >= ID_PREFIX.length(); i--) {
            id[i] = CROCKFORD.charAt((int) (low & 31));
            low = (low >>> 5) | (high << 59);
            high >>>= 5;
        }
        return new String(id);
    }

    /** Orders phone numbers' ids as their strings are ordered: a ULID's characters sort as its bits do. */
    int compareIds(PackedRoute other) {
        if (irregularId != null || other.irregularId != null) {
            return phoneNumberId().compareTo(other.phoneNumberId());
        }
        int high = Long.compareUnsigned(idHigh, other.idHigh);
        return high != 0 ? high : Long.compareUnsigned(idLow, other.idLow);
    }

    /** Whether this is a later state of the number than {@code other}, or the same one: see {@link Route#supersedes}. */
    boolean supersedes(PackedRoute other) {
        int holding = compareIds(other);
        return holding != 0 ? holding > 0 : version >= other.version;
    }

    Route route(String phoneNumber) {
        return new Route(phoneNumber, phoneNumberId(), accountId, assistantId, status, version, inbound);
    }
}
