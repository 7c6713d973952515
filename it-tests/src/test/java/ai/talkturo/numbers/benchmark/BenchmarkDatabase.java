package ai.talkturo.numbers.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The benchmark's own MariaDB database, read directly to see what the server wrote. */
final class BenchmarkDatabase {

    private static final String HOST = "jdbc:mysql://127.0.0.1:3306/";
    private static final String OPTIONS = "connectTimeout=5000&socketTimeout=60000&openTelemetry=DISABLED";

    /** A number that the carrier sold or that Numbers holds more than once, with the rows that show it. */
    record Duplicate(String phoneNumber, String why) {
    }

    /**
     * How the orders of one run went, in seconds after each purchase: when the carrier was first asked, when the
     * number left {@code purchasing}.
     */
    record OrderTimes(int orders, int placedPromptly, int placedLate, int neverPlaced, int placedMoreThanOnce,
                      double[] settleSeconds, boolean wholeSeconds, List<String> slowest) {

        /** The share of orders settled at most this many seconds after the purchase. */
        double percentile(double percentile) {
            if (settleSeconds.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100 * settleSeconds.length) - 1;
            return settleSeconds[Math.max(0, Math.min(index, settleSeconds.length - 1))];
        }

        long settledLaterThan(double seconds) {
            return java.util.Arrays.stream(settleSeconds).filter(value -> value > seconds).count();
        }
    }

    private final String name;
    private final String user;
    private final String password;

    BenchmarkDatabase(String name, String user, String password) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        this.name = name;
        this.user = user;
        this.password = password;
    }

    /** The JDBC URL the server is given. */
    String serverUrl() {
        return HOST + name + "?createDatabaseIfNotExist=true";
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** Drops the database with everything in it and creates it empty. */
    void recreate() throws SQLException {
        try (Connection connection = DriverManager.getConnection(HOST + "?" + OPTIONS, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(HOST + name + "?" + OPTIONS, user, password);
    }

    long count(String sql) throws SQLException {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The kinds of statement MariaDB counts that a purchase may run. */
    static final List<String> STATEMENT_KINDS = List.of("select", "insert", "update", "delete", "commit", "rollback");

    /** How many statements of each of {@link #STATEMENT_KINDS} the database server has run since it started. */
    Map<String, Long> statementsRun() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(HOST + "?" + OPTIONS, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Com\\_%'")) {
            Map<String, Long> all = new TreeMap<>();
            while (rows.next()) {
                all.put(rows.getString(1).toLowerCase(java.util.Locale.ROOT), rows.getLong(2));
            }
            STATEMENT_KINDS.forEach(kind -> counts.put(kind, all.getOrDefault("com_" + kind, 0L)));
        }
        return counts;
    }

    long countWithStatus(String status) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM phone_numbers WHERE status = ?")) {
            query.setString(1, status);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** How many rows of {@code phone_numbers} have each status. */
    Map<String, Long> statuses() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT status, COUNT(*) FROM phone_numbers GROUP BY status")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    /** The ids of every row of {@code phone_numbers}. */
    Set<String> phoneNumberIds() throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM phone_numbers")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** The status of each of these ids that has a row. */
    Map<String, String> statusesOf(Collection<String> ids) throws SQLException {
        Map<String, String> statuses = new LinkedHashMap<>();
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("SELECT status FROM phone_numbers WHERE id = ?")) {
            for (String id : ids) {
                query.setString(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        statuses.put(id, rows.getString(1));
                    }
                }
            }
        }
        return statuses;
    }

    /** Every row of {@code phone_numbers} for these E.164 numbers, as "id status" per number. */
    Map<String, List<String>> rowsOfNumbers(Collection<String> phoneNumbers) throws SQLException {
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT id, status FROM phone_numbers WHERE phone_number = ? ORDER BY created_at")) {
            for (String phoneNumber : phoneNumbers) {
                query.setString(1, phoneNumber);
                List<String> rows = new ArrayList<>();
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        rows.add(result.getString(1) + " " + result.getString(2));
                    }
                }
                found.put(phoneNumber, rows);
            }
        }
        return found;
    }

    /**
     * Numbers bought twice: a sale of the sandbox carrier whose order reference is not the id of a row of
     * {@code phone_numbers} holding that number; two rows of one number both neither released nor in error; or
     * two {@code active} rows of one number.
     */
    List<Duplicate> boughtTwice() throws SQLException {
        Map<String, Duplicate> found = new TreeMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("""
                    SELECT s.phone_number, s.order_reference, p.status, p.phone_number
                    FROM sandbox_numbers s LEFT JOIN phone_numbers p ON p.id = s.order_reference
                    WHERE s.status = 'ordered'
                      AND NOT EXISTS (SELECT 1 FROM phone_numbers h
                                      WHERE h.id = s.order_reference AND h.phone_number = s.phone_number
                                        AND h.status IN ('purchasing', 'active', 'suspended'))""")) {
                while (rows.next()) {
                    String number = rows.getString(1);
                    found.putIfAbsent(number, new Duplicate(number, "sandbox sold it under " + rows.getString(2)
                            + ", whose row is " + (rows.getString(3) == null ? "missing"
                            : rows.getString(3) + " for " + rows.getString(4))));
                }
            }
            try (ResultSet rows = statement.executeQuery("""
                    SELECT phone_number, GROUP_CONCAT(CONCAT(id, ' ', status) ORDER BY created_at SEPARATOR ', ')
                    FROM phone_numbers WHERE status NOT IN ('released', 'error')
                    GROUP BY phone_number HAVING COUNT(*) > 1""")) {
                while (rows.next()) {
                    found.putIfAbsent(rows.getString(1), new Duplicate(rows.getString(1), "held by " + rows.getString(2)));
                }
            }
            try (ResultSet rows = statement.executeQuery("""
                    SELECT phone_number, GROUP_CONCAT(id ORDER BY created_at SEPARATOR ', ')
                    FROM phone_numbers WHERE status = 'active'
                    GROUP BY phone_number HAVING COUNT(*) > 1""")) {
                while (rows.next()) {
                    found.putIfAbsent(rows.getString(1), new Duplicate(rows.getString(1), "active in " + rows.getString(2)));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** Active rows the sandbox carrier does not show as sold under their id: Numbers believes it owns them, wrongly. */
    long activeWithoutSale() throws SQLException {
        return count("""
                SELECT COUNT(*) FROM phone_numbers p
                WHERE p.status = 'active' AND p.provider = 'sandbox'
                  AND NOT EXISTS (SELECT 1 FROM sandbox_numbers s
                                  WHERE s.order_reference = p.id AND s.phone_number = p.phone_number
                                    AND s.status = 'ordered')""");
    }

    /** Orders of Numbers that are not settled yet. */
    long unsettledOrders() throws SQLException {
        return count("SELECT COUNT(*) FROM number_orders WHERE settled_at IS NULL");
    }

    /** Idempotency keys claimed by a request that never stored its answer. */
    long idempotencyKeysWithoutAnswer() throws SQLException {
        return count("SELECT COUNT(*) FROM idempotency_keys WHERE status IS NULL");
    }

    /**
     * When each order was placed and settled relative to its purchase; an order placed within {@code promptly}
     * seconds was placed right after the purchase, a later one by the reconciler.
     */
    OrderTimes orderTimes(double promptly) throws SQLException {
        int orders = 0;
        int prompt = 0;
        int late = 0;
        int never = 0;
        int again = 0;
        boolean whole = true;
        List<Double> settle = new ArrayList<>();
        List<String> rowsBySettle = new ArrayList<>();
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT p.id, p.status, o.attempts,
                            TIMESTAMPDIFF(MICROSECOND, p.created_at, o.placed_at) / 1e6,
                            TIMESTAMPDIFF(MICROSECOND, p.created_at, o.settled_at) / 1e6,
                            MICROSECOND(p.created_at) + MICROSECOND(o.settled_at)
                     FROM number_orders o JOIN phone_numbers p ON p.id = o.phone_number_id
                     ORDER BY 5 DESC""")) {
            while (rows.next()) {
                orders++;
                double placed = rows.getDouble(4);
                boolean placedNull = rows.wasNull();
                double settled = rows.getDouble(5);
                boolean settledNull = rows.wasNull();
                if (placedNull) {
                    never++;
                } else if (placed <= promptly) {
                    prompt++;
                } else {
                    late++;
                }
                if (rows.getInt(3) > 1) {
                    again++;
                }
                if (rows.getLong(6) != 0) {
                    whole = false;
                }
                if (!settledNull) {
                    settle.add(settled);
                }
                if (rowsBySettle.size() < 5) {
                    rowsBySettle.add(String.format(java.util.Locale.ROOT, "%s %s, attempts %d, placed after %s s, settled after %s s",
                            rows.getString(1), rows.getString(2), rows.getInt(3),
                            placedNull ? "-" : String.format(java.util.Locale.ROOT, "%.1f", placed),
                            settledNull ? "-" : String.format(java.util.Locale.ROOT, "%.1f", settled)));
                }
            }
        }
        double[] sorted = settle.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new OrderTimes(orders, prompt, late, never, again, sorted, whole && orders > 0, List.copyOf(rowsBySettle));
    }
}
