package ai.talkturo.numbers.web.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the schema up to date before anything else runs. Each module owns its tables and migrations
 * ({@code db/migration/<module>}) and keeps its own Flyway history, applied in the order the modules depend on
 * each other. The sandbox carrier's tables have a history of their own, {@link SandboxSchema}, applied only where
 * {@code numbers.carrier} is {@code sandbox}.
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
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseSchema {

    public static final String DATASOURCE = "java:app/jdbc/numbers";
    private static final List<String> MODULES = List.of("provisioning", "routing", "web");
    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;
    @Inject
    @ConfigProperty(name = "numbers.carrier")
    String carrier;

    @PostConstruct
    void migrate() {
        applyMigrations(dataSource, carrier.equals(SandboxSchema.CARRIER));
    }

    /** Every module's migrations, and the sandbox's too when {@code sandbox} (it is the carrier). */
    static void applyMigrations(DataSource dataSource, boolean sandbox) {
        FourByteText.ensure(dataSource);
        for (String module : MODULES) {
            Flyway flyway = history(dataSource, module).load();
            if (module.equals("provisioning")) {
                SandboxSchema.applyProvisioning(flyway);
            } else {
                apply(flyway, module);
            }
        }
        if (sandbox) {
            SandboxSchema.adoptEarlierTables(dataSource, history(dataSource, SandboxSchema.MODULE));
            apply(history(dataSource, SandboxSchema.MODULE).load(), SandboxSchema.MODULE);
        }
    }

    static FluentConfiguration history(DataSource dataSource, String module) {
        return Flyway.configure(DatabaseSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + module)
                .table("flyway_" + module + "_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false);
    }

    /** Named apart from {@link #migrate()}: the EJB container finds its callback by name. */
    static void apply(Flyway flyway, String module) {
        int applied = flyway.migrate().migrationsExecuted;
        if (applied > 0) {
            LOG.info(() -> "Applied " + applied + " migration(s) of " + module);
        }
    }
}
