package ai.talkturo.numbers.web.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migrations build the schema on the embedded database too, and its constraints hold there; the sandbox's tables
 * come only where it is the carrier.
 */
class SchemaOnH2Test {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    @BeforeEach
    void migrate() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DatabaseSchema.applyMigrations(dataSource, true);
    }

    @Test
    void migratingTwiceChangesNothing() {
        DatabaseSchema.applyMigrations(dataSource, true);

        assertThat(count("select count(*) from \"flyway_provisioning_history\" where \"success\"")).isPositive();
        assertThat(count("select count(*) from \"flyway_web_history\" where \"success\"")).isPositive();
    }

    @Test
    void aDatabaseOfAnotherCarrierHasNoSandboxTables() {
        JdbcDataSource twilios = new JdbcDataSource();
        twilios.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

        DatabaseSchema.applyMigrations(twilios, false);

        assertThatThrownBy(() -> count(twilios, "select count(*) from sandbox_numbers")).hasMessageContaining("SANDBOX_NUMBERS");
        assertThatThrownBy(() -> count(twilios, "select count(*) from sandbox_elsewhere_numbers"));
        assertThatThrownBy(() -> count(twilios, "select count(*) from \"flyway_sandbox_history\""));
        assertThat(count(twilios, "select count(*) from imported_numbers")).isZero();
    }

    @Test
    void aDatabaseMigratedWhenProvisioningHeldTheSandboxTablesKeepsThemAndValidates() {
        JdbcDataSource earlier = new JdbcDataSource();
        earlier.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure(getClass().getClassLoader()).dataSource(earlier)
                .locations("classpath:db/before-sandbox-history/provisioning")
                .table("flyway_provisioning_history").load().migrate();

        DatabaseSchema.applyMigrations(earlier, true);
        DatabaseSchema.applyMigrations(earlier, true);
        DatabaseSchema.applyMigrations(earlier, false);

        assertThat(count(earlier, "select count(*) from sandbox_elsewhere_numbers")).isEqualTo(10);
        assertThat(count(earlier, "select count(*) from sandbox_calls")).isZero();
        assertThat(count(earlier, "select max(\"version\") from \"flyway_sandbox_history\"")).isEqualTo(3);
        assertThat(DatabaseSchema.history(earlier, "provisioning").load().validateWithResult().validationSuccessful)
                .isTrue();
        assertThat(DatabaseSchema.history(earlier, "sandbox").load().validateWithResult().validationSuccessful)
                .isTrue();
    }

    @Test
    void theSandboxsOwnHistoryMakesItsTables() {
        assertThat(count("select count(*) from sandbox_elsewhere_numbers")).isEqualTo(10);
        assertThat(count("select count(*) from \"flyway_sandbox_history\" where \"type\" = 'SQL' and \"success\"")).isEqualTo(3);
        assertThat(count("select count(*) from \"flyway_provisioning_history\" where \"description\" like '%sandbox%'"))
                .isZero();
    }

    @Test
    void onlyOneRowAtATimeHoldsANumber() throws SQLException {
        execute("insert into accounts values ('acc_1', 'A', 'free', current_timestamp, current_timestamp, 0)");
        execute(number("pn_1", "released", null));
        execute(number("pn_2", "active", "'+14155550101'"));

        assertThatThrownBy(() -> execute(number("pn_3", "purchasing", "'+14155550101'")))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aNumberCannotClaimToHoldWhileReleased() {
        assertThatThrownBy(() -> {
            execute("insert into accounts values ('acc_1', 'A', 'free', current_timestamp, current_timestamp, 0)");
            execute(number("pn_1", "released", "'+14155550101'"));
        }).isInstanceOf(SQLException.class);
    }

    @Test
    void anAssistantOfAnotherAccountCannotBeAssigned() throws SQLException {
        execute("insert into accounts values ('acc_1', 'A', 'free', current_timestamp, current_timestamp, 0)");
        execute("insert into accounts values ('acc_2', 'B', 'free', current_timestamp, current_timestamp, 0)");
        execute("insert into assistants (id, account_id, name, created_at, updated_at, version) "
                + "values ('as_2', 'acc_2', 'Theirs', current_timestamp, current_timestamp, 0)");

        assertThatThrownBy(() -> execute(number("pn_1", "active", "'+14155550101'").replace("null, false", "'as_2', false")))
                .isInstanceOf(SQLException.class);
    }

    private static String number(String id, String status, String held) {
        return "insert into phone_numbers (id, account_id, phone_number, held_number, number_type, status, assistant_id, trial, "
                + "monthly_price, setup_price, features, provider, created_at, updated_at, version) values ('" + id
                + "', 'acc_1', '+14155550101', " + held + ", 'local', '" + status + "', null, false, 1.00, 0.00, 'voice', "
                + "'sandbox', current_timestamp, current_timestamp, 0)";
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) {
        return count(dataSource, sql);
    }

    private static long count(JdbcDataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
