package ai.talkturo.numbers.benchmark;

import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.routing.Route;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * A fixed population of active numbers, every one assigned to an assistant of its own account: {@code accounts}
 * accounts with {@value #ASSISTANTS_PER_ACCOUNT} assistants each and {@value #NUMBERS_PER_ASSISTANT} numbers per
 * assistant. Everything is derived from the number's index, so the rows written to MariaDB, the signed webhooks
 * and the routes built in memory agree without keeping a copy: each call answers a new string, as a row read by
 * JDBC would.
 *
 * <p>Numbers are US-shaped E.164 ({@code +1 NPA NXX XXXX}), ten area codes of the San Francisco Bay Area and
 * California, up to a hundred thousand numbers each. Identifiers have the shape of {@code Identifiers}' ({@code pn_} and a
 * 26-character ULID) and grow with the index.
 */
final class RoutedNumbers {

    static final int ASSISTANTS_PER_ACCOUNT = 10;
    static final int NUMBERS_PER_ASSISTANT = 10;
    static final int NUMBERS_PER_ACCOUNT = ASSISTANTS_PER_ACCOUNT * NUMBERS_PER_ASSISTANT;
    static final long VERSION = 1;

    private static final String[] AREA_CODES = {"415", "628", "650", "510", "925", "408", "669", "707", "916", "209"};
    private static final int NUMBERS_PER_AREA = 100_000;
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final LocalDateTime CREATED = LocalDateTime.of(2025, 11, 1, 9, 0);
    private static final long CREATED_MILLIS = CREATED.toInstant(ZoneOffset.UTC).toEpochMilli();
    private static final int BATCH = 2_000;

    /**
     * Inbound rules as a busy customer sets them: a fallback, business hours (open around the clock, so that every
     * call is still handed to its assistant after the hours are checked) and fifty blocked prefixes none of the
     * benchmark's callers has.
     */
    static final String BUSY_RULES = "{\"fallback\": {\"phoneNumber\": \"+4930901820\"}, \"businessHours\": {\"timeZone\": "
            + "\"America/Los_Angeles\", \"open\": [{\"days\": [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"], \"from\": \"00:00\", "
            + "\"to\": \"24:00\"}, {\"days\": [\"sat\", \"sun\"], \"from\": \"00:00\", \"to\": \"24:00\"}]}, "
            + "\"blockedCallers\": [" + java.util.stream.IntStream.range(0, 50)
            .mapToObj(i -> "\"+1900" + pad4(i) + "\"").collect(java.util.stream.Collectors.joining(", ")) + "]}";

    private final int accounts;
    private final String inboundRules;

    RoutedNumbers(int accounts) {
        this(accounts, null);
    }

    /** @param inboundRules the inbound rules of every number, as the API writes them; {@code null} for none */
    RoutedNumbers(int accounts, String inboundRules) {
        if (accounts < 1 || (long) accounts * NUMBERS_PER_ACCOUNT > (long) AREA_CODES.length * NUMBERS_PER_AREA) {
            throw new IllegalArgumentException("between 1 and " + AREA_CODES.length * NUMBERS_PER_AREA / NUMBERS_PER_ACCOUNT
                    + " accounts, not " + accounts);
        }
        this.accounts = accounts;
        this.inboundRules = inboundRules;
    }

    /** Whether every number has inbound rules. */
    boolean withRules() {
        return inboundRules != null;
    }

    int accounts() {
        return accounts;
    }

    int assistants() {
        return accounts * ASSISTANTS_PER_ACCOUNT;
    }

    int size() {
        return accounts * NUMBERS_PER_ACCOUNT;
    }

    /** The E.164 number of index {@code i}: consecutive indexes fall in different area codes. */
    String phoneNumber(int i) {
        int area = i % AREA_CODES.length;
        int withinArea = i / AREA_CODES.length;
        int exchange = 201 + withinArea / 1_000;
        int line = (withinArea % 1_000) * 10 + (withinArea * 37 + area) % 10;
        return "+1" + AREA_CODES[area] + exchange + pad4(line);
    }

    String phoneNumberId(int i) {
        return id("pn", 1, i);
    }

    String accountId(int account) {
        return id("acc", 2, account);
    }

    String assistantId(int assistant) {
        return id("as", 3, assistant);
    }

    int accountOf(int number) {
        return number / NUMBERS_PER_ACCOUNT;
    }

    int assistantOf(int number) {
        return number / NUMBERS_PER_ASSISTANT;
    }

    /** The route the server should load for number {@code i}. */
    Route route(int i) {
        return new Route(phoneNumber(i), phoneNumberId(i), accountId(accountOf(i)), assistantId(assistantOf(i)),
                NumberStatus.ACTIVE, VERSION);
    }

    /**
     * Writes the accounts, their assistants and their active, assigned numbers, and one partner key of account 0,
     * in JDBC batches; the connection should have {@code rewriteBatchedStatements=true}.
     */
    void insert(Connection connection, String apiKey) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Timestamp created = Timestamp.valueOf(CREATED);
        try {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO accounts (id, name, plan, created_at, updated_at, version) VALUES (?, ?, 'enterprise', ?, ?, 0)")) {
                for (int account = 0; account < accounts; account++) {
                    insert.setString(1, accountId(account));
                    insert.setString(2, "Webhook benchmark " + account);
                    insert.setTimestamp(3, created);
                    insert.setTimestamp(4, created);
                    add(insert, account);
                }
                insert.executeBatch();
            }
            connection.commit();
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO assistants (id, account_id, name, first_message, system_prompt, voice, created_at, updated_at, version)
                    VALUES (?, ?, ?, 'Hello, how can I help?', 'You answer the phone for a small business.', 'alloy', ?, ?, 0)""")) {
                for (int assistant = 0; assistant < assistants(); assistant++) {
                    insert.setString(1, assistantId(assistant));
                    insert.setString(2, accountId(assistant / ASSISTANTS_PER_ACCOUNT));
                    insert.setString(3, "Receptionist " + assistant);
                    insert.setTimestamp(4, created);
                    insert.setTimestamp(5, created);
                    add(insert, assistant);
                }
                insert.executeBatch();
            }
            connection.commit();
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO phone_numbers (id, account_id, phone_number, held_number, number_type, status, status_reason,
                        assistant_id, trial, expires_at, monthly_price, setup_price, features, provider, carrier_reference,
                        created_at, activated_at, updated_at, version, inbound_rules)
                    VALUES (?, ?, ?, ?, 'local', 'active', NULL, ?, FALSE, NULL, 1.15, 0.00, 'voice,sms', 'sandbox', ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < size(); i++) {
                    String number = phoneNumber(i);
                    insert.setString(1, phoneNumberId(i));
                    insert.setString(2, accountId(accountOf(i)));
                    insert.setString(3, number);
                    insert.setString(4, number);
                    insert.setString(5, assistantId(assistantOf(i)));
                    insert.setString(6, "SB" + pad4(i / 10_000) + pad4(i % 10_000));
                    insert.setTimestamp(7, created);
                    insert.setTimestamp(8, created);
                    insert.setTimestamp(9, created);
                    insert.setLong(10, VERSION);
                    insert.setString(11, inboundRules);
                    add(insert, i);
                    if ((i + 1) % (BATCH * 10) == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO api_keys (id, account_id, key_hash, key_hint, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, id("key", 4, 0));
                insert.setString(2, accountId(0));
                insert.setString(3, sha256(apiKey));
                insert.setString(4, apiKey.substring(0, Math.min(7, apiKey.length())));
                insert.setTimestamp(5, created);
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void add(PreparedStatement insert, int index) throws SQLException {
        insert.addBatch();
        if ((index + 1) % BATCH == 0) {
            insert.executeBatch();
        }
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code prefix_} and 26 Crockford characters: the creation time (10), a kind (1), the index (6) and a mix of
     * the index (9), so ids of one kind sort by index.
     */
    private static String id(String prefix, int kind, int index) {
        StringBuilder id = new StringBuilder(prefix.length() + 27).append(prefix).append('_');
        append(id, CREATED_MILLIS, 10);
        append(id, kind, 1);
        append(id, index, 6);
        long mixed = index * 0x9E3779B97F4A7C15L;
        mixed ^= mixed >>> 29;
        append(id, mixed & ((1L << 45) - 1), 9);
        return id.toString();
    }

    private static void append(StringBuilder id, long value, int chars) {
        for (int i = chars - 1; i >= 0; i--) {
            id.append(CROCKFORD[(int) (value >>> (i * 5)) & 31]);
        }
    }

    private static String pad4(int value) {
        String digits = Integer.toString(value);
        return "0000".substring(digits.length()) + digits;
    }
}
