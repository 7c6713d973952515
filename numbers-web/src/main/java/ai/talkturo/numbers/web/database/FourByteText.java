package ai.talkturo.numbers.web.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Text in every language, emoji included, on any MySQL or MariaDB: the database's default becomes utf8mb4 before the
 * migrations create their tables, and a table made earlier in another character set (a server whose default is
 * latin1, say) is converted. Nothing to do on H2, whose text is always Unicode.
 */
final class FourByteText {

    private static final Logger LOG = Logger.getLogger(FourByteText.class.getName());
    private static final String CHARSET = "CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";

    private FourByteText() {
    }

    static void ensure(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!connection.getMetaData().getDatabaseProductName().matches("(?i)mysql|mariadb")) {
                return;
            }
            statement.execute("ALTER DATABASE " + CHARSET);
            List<String> tables = tablesNotInUtf8mb4(statement);
            if (tables.isEmpty()) {
                return;
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            try {
                for (String table : tables) {
                    statement.execute("ALTER TABLE `" + table + "` CONVERT TO " + CHARSET);
                    LOG.info(() -> "Converted table " + table + " to utf8mb4");
                }
            } finally {
                statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make the database keep utf8mb4 text: " + e.getMessage(), e);
        }
    }

    private static List<String> tablesNotInUtf8mb4(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND table_collation NOT LIKE 'utf8mb4%'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
