package ai.talkturo.numbers.web.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else runs. Each module owns its tables and migrations
 * ({@code db/migration/<module>}) and keeps its own Flyway history, applied in the order the modules depend on
 * each other.
 */
@DataSourceDefinition(
        name = DatabaseSchema.DATASOURCE,
        className = "ai.talkturo.numbers.web.database.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"})
@Startup
@Singleton
@DependsOn("ConfigurationCheck")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseSchema {

    public static final String DATASOURCE = "java:app/jdbc/numbers";
    private static final List<String> MODULES = List.of("provisioning", "routing", "web");
    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        applyMigrations(dataSource);
    }

    static void applyMigrations(DataSource dataSource) {
        FourByteText.ensure(dataSource);
        for (String module : MODULES) {
            int applied = Flyway.configure(DatabaseSchema.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/" + module)
                    .table("flyway_" + module + "_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .failOnMissingLocations(false)
                    .load()
                    .migrate()
                    .migrationsExecuted;
            if (applied > 0) {
                LOG.info(() -> "Applied " + applied + " migration(s) of " + module);
            }
        }
    }
}
