package ai.talkturo.numbers.web.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void theEmbeddedDatabaseAnswersTheGeneratedKeyQueryEclipseLinkSends() throws SQLException {
        DatabaseSettings settings = new DatabaseSettings("jdbc:h2:mem:" + UUID.randomUUID(), null, null);

        try (Connection connection = DriverManager.getConnection(settings.url());
             Statement statement = connection.createStatement()) {
            statement.execute("create table number_changes (seq bigint auto_increment primary key, v int)");
            statement.execute("insert into number_changes (v) values (7)");
            try (ResultSet key = statement.executeQuery("CALL IDENTITY()")) {
                assertThat(key.next()).isTrue();
                assertThat(key.getLong(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void aModeTheUrlNamesIsKeptAndOtherDatabasesAreLeftAlone() {
        assertThat(new DatabaseSettings("jdbc:h2:mem:x;MODE=MySQL", null, null).url()).isEqualTo("jdbc:h2:mem:x;MODE=MySQL");
        assertThat(new DatabaseSettings(DatabaseSettings.EMBEDDED_URL, null, null).url()).endsWith(";MODE=LEGACY");
        assertThat(new DatabaseSettings("jdbc:mysql://db/numbers", null, null).url()).isEqualTo("jdbc:mysql://db/numbers");
    }

    @Test
    void mysqlConnectionsKeepTheirParsedStatementsUnlessTheUrlSaysOtherwise() {
        Properties plain = new DatabaseSettings("jdbc:mysql://db/numbers", "numbers", "secret").connectionProperties();
        assertThat(plain).containsEntry("cachePrepStmts", "true").containsEntry("useLocalSessionState", "true")
                .containsEntry("user", "numbers").containsEntry("password", "secret");

        Properties chosen = new DatabaseSettings("jdbc:mysql://db/numbers?cachePrepStmts=false&sslMode=REQUIRED", null, null)
                .connectionProperties();
        assertThat(chosen).doesNotContainKey("cachePrepStmts").containsEntry("prepStmtCacheSize", "250");

        assertThat(new DatabaseSettings(DatabaseSettings.EMBEDDED_URL, null, null).connectionProperties()).isEmpty();
    }
}
