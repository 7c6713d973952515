package ai.talkturo.numbers.it.twilio;

import ai.talkturo.numbers.it.NumbersWar;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The built WAR on a MariaDB database of its own, created empty for each deployment. A deployment whose carrier is
 * a simulator cannot share the integration tests' database: the simulator starts with the same stock every time, so
 * the numbers an earlier run bought would still be held there, and a server configured for another carrier would
 * settle this deployment's orders and releases with the wrong carrier.
 */
final class OwnDatabase {

    private static final Pattern MYSQL_URL = Pattern.compile("^(jdbc:mysql://[^/?]+/)([^?]*)(\\?.*)?$");

    private OwnDatabase() {
    }

    /** {@link NumbersWar#configuredWith(Map)}, its data in the freshly emptied database {@code name}. */
    static WebArchive configuredWith(String name, Map<String, String> config) {
        Matcher url = MYSQL_URL.matcher(System.getProperty("it.db.url",
                "jdbc:mysql://127.0.0.1:3306/numbers_it?createDatabaseIfNotExist=true"));
        if (!url.matches() || !name.matches("[a-z0-9_]+")) {
            throw new IllegalStateException("it.db.url must be a jdbc:mysql: URL and the name a plain identifier");
        }
        String server = url.group(1);
        try (Connection connection = DriverManager.getConnection(server, System.getProperty("it.db.user", "root"),
                System.getProperty("it.db.password", ""));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + name + " at " + server, e);
        }
        String properties = "config_ordinal=500\nnumbers.db.url=" + server + name
                + (url.group(3) == null ? "" : url.group(3)) + "\n";
        JavaArchive database = ShrinkWrap.create(JavaArchive.class, "it-database.jar")
                .addAsManifestResource(new StringAsset(properties), "microprofile-config.properties");
        return NumbersWar.configuredWith(config).addAsLibrary(database);
    }
}
