package ai.talkturo.numbers.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the run's shared database directly, for what the API does not show: that a refused request stored nothing,
 * and when exactly each call began and ended.
 */
public final class StoredRows {

    /** One call's lifetime as stored, to the microsecond; {@code endedAt} is null while it goes on. */
    record CallSpan(String id, String to, Instant createdAt, Instant endedAt) {
    }

    private StoredRows() {
    }

    /** The names of the tables of the database of its own of {@code label} that begin with {@code prefix}. */
    public static List<String> tablesOf(String label, String prefix) {
        try (Connection connection = DriverManager.getConnection(FreshDatabase.url(label), FreshDatabase.user(),
                FreshDatabase.password());
             PreparedStatement statement = prepared(connection, "SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE() AND table_name LIKE ? ORDER BY table_name", prefix + "%");
             ResultSet rows = statement.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql, String... parameters) {
        return countIn(FreshDatabase.url(), sql, parameters);
    }

    /** The single number {@code sql} answers in the database at {@code url}. */
    static long countIn(String url, String sql, String... parameters) {
        try (Connection connection = DriverManager.getConnection(url, FreshDatabase.user(), FreshDatabase.password());
             PreparedStatement statement = prepared(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The text of the first column of the first row {@code sql} answers in the database at {@code url}, or null. */
    static String textIn(String url, String sql, String... parameters) {
        try (Connection connection = DriverManager.getConnection(url, FreshDatabase.user(), FreshDatabase.password());
             PreparedStatement statement = prepared(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs one statement that changes rows of the run's shared database; answers how many it changed. */
    static int execute(String sql, String... parameters) {
        return executeIn(FreshDatabase.url(), sql, parameters);
    }

    /** Runs one statement that changes rows of the database at {@code url}; answers how many it changed. */
    static int executeIn(String url, String sql, String... parameters) {
        try (Connection connection = DriverManager.getConnection(url, FreshDatabase.user(), FreshDatabase.password());
             PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The instants of the first column of {@code sql}'s rows in the database at {@code url}, as epoch milliseconds. */
    static List<Long> instantsIn(String url, String sql, String... parameters) {
        try (Connection connection = DriverManager.getConnection(url, FreshDatabase.user(), FreshDatabase.password());
             PreparedStatement statement = prepared(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<Long> instants = new ArrayList<>();
            while (rows.next()) {
                instants.add(utc(rows.getTimestamp(1)).toEpochMilli());
            }
            return instants;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The calls of a campaign in the database at {@code url}, first placed first. */
    static List<CallSpan> callsOfCampaignIn(String url, String campaignId) {
        String sql = "SELECT id, to_number, created_at, ended_at FROM calls WHERE campaign_id = ? ORDER BY created_at";
        try (Connection connection = DriverManager.getConnection(url, FreshDatabase.user(), FreshDatabase.password());
             PreparedStatement statement = prepared(connection, sql, campaignId);
             ResultSet rows = statement.executeQuery()) {
            List<CallSpan> spans = new ArrayList<>();
            while (rows.next()) {
                spans.add(new CallSpan(rows.getString(1), rows.getString(2), utc(rows.getTimestamp(3)), utc(rows.getTimestamp(4))));
            }
            return spans;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The most calls that went on at the same time. */
    static int mostAtOnce(List<CallSpan> spans) {
        int most = 0;
        for (CallSpan span : spans) {
            Instant at = span.createdAt();
            int going = (int) spans.stream()
                    .filter(other -> !other.createdAt().isAfter(at) && (other.endedAt() == null || other.endedAt().isAfter(at)))
                    .count();
            most = Math.max(most, going);
        }
        return most;
    }

    private static Instant utc(Timestamp stored) {
        return stored == null ? null : stored.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static PreparedStatement prepared(Connection connection, String sql, String... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setString(i + 1, parameters[i]);
        }
        return statement;
    }
}
