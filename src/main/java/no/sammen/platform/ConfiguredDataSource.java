package no.sammen.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A {@link DataSource} whose JDBC URL, user and password come from MicroProfile Config
 * ({@code SAMMEN_DB_URL}, {@code SAMMEN_DB_USER}, {@code SAMMEN_DB_PASSWORD}), so that embedded Derby
 * is replaced by PostgreSQL or any other database whose driver is on the class path without a code change.
 * The container pools the connections this hands out.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile Driver driver;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        Config config = config();
        return connect(config.getOptionalValue("sammen.db.user", String.class).orElse(null),
                config.getOptionalValue("sammen.db.password", String.class).orElse(null));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(username, password);
    }

    private Connection connect(String user, String password) throws SQLException {
        String url = url();
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Connection connection = driverFor(url).connect(url, properties);
        if (connection == null) {
            throw new SQLException("The JDBC driver refused the configured database URL (sammen.db.url)");
        }
        return connection;
    }

    /** The configured URL; never logged, since it may carry credentials. */
    public static String url() {
        return config().getValue("sammen.db.url", String.class);
    }

    private Driver driverFor(String url) throws SQLException {
        Driver found = driver;
        if (found != null && found.acceptsURL(url)) {
            return found;
        }
        // ServiceLoader over our own class loader: DriverManager would not see drivers shipped in the WAR.
        for (Driver candidate : ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
            if (candidate.acceptsURL(url)) {
                driver = candidate;
                return candidate;
            }
        }
        throw new SQLException("No JDBC driver on the class path accepts the configured database URL (sammen.db.url)");
    }

    private static Config config() {
        return ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // connections are logged by the container's pool
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
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
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
