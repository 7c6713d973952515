package ai.talkturo.numbers.web.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The plain {@link DataSource} behind the container's connection pool (see {@link DatabaseSchema}): it connects
 * to whatever {@link DatabaseSettings} name, so one WAR runs on H2 or MySQL without being rebuilt.
 */
public class ConfiguredDataSource implements DataSource {

    private final DatabaseSettings settings = DatabaseSettings.fromConfig();
    private final Driver driver = loadDriver(settings.driverClass());
    private PrintWriter logWriter;
    private int loginTimeout;

    private static Driver loadDriver(String className) {
        try {
            return (Driver) Class.forName(className, true, ConfiguredDataSource.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JDBC driver " + className + " is not available", e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(settings.connectionProperties());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties properties = settings.connectionProperties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return connect(properties);
    }

    private Connection connect(Properties properties) throws SQLException {
        Connection connection = driver.connect(settings.url(), properties);
        if (connection == null) {
            throw new SQLException("the driver does not accept " + settings.redacted());
        }
        return connection;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
