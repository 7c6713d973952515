package ai.talkturo.numbers.web.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The sandbox carrier's tables ({@code db/migration/sandbox} of provisioning), in a Flyway history of their own, so
 * that a database whose carrier is Twilio or Telnyx has none of them. Until they had one, provisioning's history
 * created them (its V2, V4 and the end of V7); a database migrated then keeps its tables, and its histories are
 * brought to the present layout once: provisioning's forgets the migrations that left it, and the sandbox's starts
 * after the tables that are there already.
 */
final class SandboxSchema {

    static final String MODULE = "sandbox";
    /** The value of {@code numbers.carrier} under which the sandbox's tables exist. */
    static final String CARRIER = "sandbox";
    /** The table each of the sandbox's migrations creates, V1 first. */
    private static final List<String> TABLES = List.of("sandbox_numbers", "sandbox_calls", "sandbox_elsewhere_numbers");
    /** How provisioning's history named its first sandbox migration, before it left. */
    private static final String LEFT_PROVISIONING = "sandbox carrier";
    private static final Logger LOG = Logger.getLogger(SandboxSchema.class.getName());

    private SandboxSchema() {
    }

    /**
     * Provisioning's migrations. Where its history still records the sandbox's as applied, the validation before
     * migrating fails once: Flyway's repair then marks those as gone and takes V7 as it reads now, without its
     * sandbox table, and the migration runs again. Any other failure stands.
     */
    static void applyProvisioning(Flyway provisioning) {
        try {
            DatabaseSchema.apply(provisioning, "provisioning");
        } catch (FlywayValidateException invalid) {
            if (!recordsTheSandbox(provisioning)) {
                throw invalid;
            }
            provisioning.repair();
            LOG.info("The sandbox's tables have a history of their own now; provisioning's history no longer lists them");
            DatabaseSchema.apply(provisioning, "provisioning");
        }
    }

    private static boolean recordsTheSandbox(Flyway provisioning) {
        return Arrays.stream(provisioning.info().applied()).anyMatch(migration ->
                migration.getState() == MigrationState.MISSING_SUCCESS
                        && LEFT_PROVISIONING.equals(migration.getDescription()));
    }

    /** A sandbox history begun now starts after the sandbox's tables that provisioning's earlier history created. */
    static void adoptEarlierTables(DataSource dataSource, FluentConfiguration sandbox) {
        Flyway flyway = sandbox.load();
        if (flyway.info().applied().length > 0) {
            return;
        }
        int existing = 0;
        while (existing < TABLES.size() && exists(dataSource, TABLES.get(existing))) {
            existing++;
        }
        if (existing > 0) {
            sandbox.baselineVersion(Integer.toString(existing)).load().baseline();
            int adopted = existing;
            LOG.info(() -> "The sandbox's history begins after its " + adopted + " table(s) made earlier");
        }
    }

    private static boolean exists(DataSource dataSource, String table) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException missing) {
            return false;
        }
    }
}
