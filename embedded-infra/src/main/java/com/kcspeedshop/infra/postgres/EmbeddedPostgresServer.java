package com.kcspeedshop.infra.postgres;

import com.kcspeedshop.infra.Ports;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (version set by the binaries BOM in the root pom: 18) running from a data folder of the
 * caller's choosing. fsync and synchronous commit are on, so committed rows survive a crash of the machine too.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    /** The embedded server listens on loopback only (PostgreSQL's default listen_addresses). */
    private static final String LOOPBACK = "localhost";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code dataDir} (initialised on first use).
     *
     * @param port 0 for any free port
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        Path dir = dataDir.toAbsolutePath().normalize();
        OrphanedPostmaster.stopIfRunning(dir);
        int listenPort = Ports.requireFree(port, "PostgreSQL");
        long started = System.nanoTime();
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(listenPort)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            LOG.info("PostgreSQL up on port {} (data {}) in {} ms", listenPort, dir,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + listenPort + " with data in " + dir, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** JDBC URL of {@code database} on this server; user {@link #USER}, no password (local trust authentication). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + LOOPBACK + ":" + port() + "/" + database;
    }

    /** Creates {@code database} unless it exists, and returns its JDBC URL. */
    public String createDatabase(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database name must match " + DATABASE_NAME + ", got " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!rs.next()) {
                    statement.execute("CREATE DATABASE " + database);
                }
            }
            return jdbcUrl(database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server cleanly. */
    @Override
    public void close() {
        try {
            postgres.close();
            LOG.info("PostgreSQL on port {} stopped", port());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
