package ai.talkturo.numbers.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Databases of this test run's own on the MariaDB server the tests use, created empty when first asked for and
 * dropped when the run ends, so that every run starts from the migrations and runs side by side do not meet.
 */
final class FreshDatabase {

    private static final String SERVER = System.getProperty("it.db.server", "jdbc:mysql://127.0.0.1:3306/");
    private static final String USER = System.getProperty("it.db.user", "root");
    private static final String PASSWORD = System.getProperty("it.db.password", "");
    private static final String PREFIX = "numbers_it_" + ProcessHandle.current().pid();
    private static final Set<String> CREATED = new LinkedHashSet<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(FreshDatabase::dropAll));
    }

    private FreshDatabase() {
    }

    /** The run's shared database. */
    static String url() {
        return url("");
    }

    /** A database of its own for {@code label} (letters, digits and underscores), or the shared one for "". */
    static String url(String label) {
        return url(label, "utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    /** As {@link #url(String)}, the database created with {@code characterSet} as its default. */
    static synchronized String url(String label, String characterSet) {
        if (!label.matches("[a-z0-9_]*")) {
            throw new IllegalArgumentException("a database label is lower-case letters, digits and underscores");
        }
        String name = label.isEmpty() ? PREFIX : PREFIX + "_" + label;
        if (CREATED.add(name)) {
            execute("DROP DATABASE IF EXISTS `" + name + "`");
            execute("CREATE DATABASE `" + name + "` CHARACTER SET " + characterSet);
        }
        return SERVER + name;
    }

    static String user() {
        return USER;
    }

    static String password() {
        return PASSWORD;
    }

    private static synchronized void dropAll() {
        CREATED.forEach(name -> execute("DROP DATABASE IF EXISTS `" + name + "`"));
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database on " + SERVER + ": " + sql, e);
        }
    }
}
