package ai.talkturo.numbers.web.database;

import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code numbers.db.url}, {@code .user} and {@code .password}. With no URL the data goes to an embedded H2 file
 * database under {@code ./data}; a {@code jdbc:mysql://} URL goes to MySQL or MariaDB through mysql-connector-j.
 *
 * <p>An H2 URL that names no mode is opened in H2's {@code LEGACY} mode: EclipseLink reads a generated key on H2
 * with {@code CALL IDENTITY()}, which H2 2 keeps only there.
 */
record DatabaseSettings(String url, String user, String password) {

    static final String EMBEDDED_URL = "jdbc:h2:file:./data/numbers;DB_CLOSE_ON_EXIT=FALSE";
    private static final String H2 = "jdbc:h2:";

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
        if (url.startsWith("jdbc:mysql:")) {
            return "com.mysql.cj.jdbc.Driver";
        }
        if (url.startsWith(H2)) {
            return "org.h2.Driver";
        }
        throw new IllegalStateException("numbers.db.url must be a jdbc:mysql: or jdbc:h2: URL, not " + redacted());
    }

    Properties connectionProperties() {
        Properties properties = new Properties();
        Optional.ofNullable(user).ifPresent(u -> properties.setProperty("user", u));
        Optional.ofNullable(password).ifPresent(p -> properties.setProperty("password", p));
        return properties;
    }

    /** The URL without its query, which may carry credentials. */
    String redacted() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
