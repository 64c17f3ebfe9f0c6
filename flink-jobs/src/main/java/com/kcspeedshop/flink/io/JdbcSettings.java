package com.kcspeedshop.flink.io;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Where and as whom a sink connects to PostgreSQL. Serializable because it travels inside the sink to the task managers.
 *
 * @param url      a {@code jdbc:postgresql://host:port/database} URL
 * @param user     the database role
 * @param password the role's password; may be empty (trust or peer authentication), never null
 */
public record JdbcSettings(String url, String user, String password) implements Serializable {

    public JdbcSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("expected a jdbc:postgresql://host:port/database URL, got " + url);
        }
    }

    /** Opens a connection with auto-commit off: every flush is one explicit transaction. */
    Connection connect(String applicationName) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("ApplicationName", applicationName);
        // the driver directly, not DriverManager: DriverManager only sees drivers of its own class loader, and Flink
        // loads job code in a child class loader on a real cluster
        Connection connection = new Driver().connect(url, props);
        if (connection == null) {
            throw new SQLException("the PostgreSQL driver does not accept the URL " + url);
        }
        connection.setAutoCommit(false);
        return connection;
    }

    @Override
    public String toString() {
        // keeps the password out of logs and Flink's web UI
        return "JdbcSettings[url=" + url + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***") + "]";
    }
}
