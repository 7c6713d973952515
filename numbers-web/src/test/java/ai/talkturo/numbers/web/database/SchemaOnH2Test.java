package ai.talkturo.numbers.web.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The migrations build the schema on the embedded database too, and its constraints hold there. */
class SchemaOnH2Test {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    @BeforeEach
    void migrate() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DatabaseSchema.applyMigrations(dataSource);
    }

    @Test
    void migratingTwiceChangesNothing() {
        DatabaseSchema.applyMigrations(dataSource);

        assertThat(count("select count(*) from \"flyway_provisioning_history\" where \"success\"")).isPositive();
        assertThat(count("select count(*) from \"flyway_web_history\" where \"success\"")).isPositive();
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
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
