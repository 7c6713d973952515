package ai.talkturo.numbers.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of this test run's own on the MariaDB server the tests use, created empty at the first deployment
 * and dropped when the run ends, so that every run starts from the migrations and runs side by side do not meet.
 */
final class FreshDatabase {

    private static final String SERVER = System.getProperty("it.db.server", "jdbc:mysql://127.0.0.1:3306/");
    private static final String USER = System.getProperty("it.db.user", "root");
    private static final String PASSWORD = System.getProperty("it.db.password", "");
    private static final String NAME = "numbers_it_" + ProcessHandle.current().pid();
    private static boolean created;

    private FreshDatabase() {
    }

    static synchronized String url() {
        if (!created) {
            execute("DROP DATABASE IF EXISTS `" + NAME + "`");
            execute("CREATE DATABASE `" + NAME + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS `" + NAME + "`")));
            created = true;
        }
        return SERVER + NAME;
    }

    static String user() {
        return USER;
    }

    static String password() {
        return PASSWORD;
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
