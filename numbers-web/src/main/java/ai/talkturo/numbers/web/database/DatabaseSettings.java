package ai.talkturo.numbers.web.database;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code numbers.db.url}, {@code .user} and {@code .password}. With no URL the data goes to an embedded H2 file
 * database under {@code ./data}; a {@code jdbc:mysql://} URL goes to MySQL or MariaDB through mysql-connector-j.
 *
 * <p>An H2 URL that names no mode is opened in H2's {@code LEGACY} mode: EclipseLink reads a generated key on H2
 * with {@code CALL IDENTITY()}, which H2 2 keeps only there.
 *
 * <p>mysql-connector-j parses the text of every statement it prepares unless it keeps the parse per connection, and
 * asks the server for state it could keep itself; {@link #MYSQL_DEFAULTS} turns both on for every property the URL
 * does not set itself. A profile of purchases under load put a tenth of the server's time in that parsing.
 */
record DatabaseSettings(String url, String user, String password) {

    static final String EMBEDDED_URL = "jdbc:h2:file:./data/numbers;DB_CLOSE_ON_EXIT=FALSE";
    private static final String H2 = "jdbc:h2:";
    private static final String MYSQL = "jdbc:mysql:";
    static final Map<String, String> MYSQL_DEFAULTS = Map.of(
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "2048",
            "useLocalSessionState", "true",
            "cacheServerConfiguration", "true");

    DatabaseSettings {
        if (url != null && url.startsWith(H2) && !url.toUpperCase(Locale.ROOT).contains(";MODE=")) {
            url = url + ";MODE=LEGACY";
        }
    }

    static DatabaseSettings fromConfig() {
        Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
        String url = config.getOptionalValue("numbers.db.url", String.class).filter(s -> !s.isBlank()).orElse(EMBEDDED_URL);
        return new DatabaseSettings(url,
                config.getOptionalValue("numbers.db.user", String.class).orElse(null),
                config.getOptionalValue("numbers.db.password", String.class).orElse(null));
    }

    String driverClass() {
        if (url.startsWith(MYSQL)) {
            return "com.mysql.cj.jdbc.Driver";
        }
        if (url.startsWith(H2)) {
            return "org.h2.Driver";
        }
        throw new IllegalStateException("numbers.db.url must be a jdbc:mysql: or jdbc:h2: URL, not " + redacted());
    }

    Properties connectionProperties() {
        Properties properties = new Properties();
        if (url.startsWith(MYSQL)) {
            Set<String> named = namedInUrl();
            MYSQL_DEFAULTS.forEach((name, value) -> {
                if (!named.contains(name)) {
                    properties.setProperty(name, value);
                }
            });
        }
        Optional.ofNullable(user).ifPresent(u -> properties.setProperty("user", u));
        Optional.ofNullable(password).ifPresent(p -> properties.setProperty("password", p));
        return properties;
    }

    /** The names of the properties the URL's query sets. */
    private Set<String> namedInUrl() {
        int query = url.indexOf('?');
        if (query < 0) {
            return Set.of();
        }
        return Arrays.stream(url.substring(query + 1).split("&"))
                .map(parameter -> parameter.split("=", 2)[0])
                .collect(Collectors.toSet());
    }

    /** The URL without its query, which may carry credentials. */
    String redacted() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
