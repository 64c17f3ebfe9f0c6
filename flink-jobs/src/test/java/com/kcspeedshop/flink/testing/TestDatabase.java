package com.kcspeedshop.flink.testing;

import com.kcspeedshop.events.SignalWindow;
import com.kcspeedshop.flink.io.JdbcSettings;
import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.infra.postgres.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/** One database on the shared PostgreSQL, migrated with platform-api's Flyway scripts (copied to db/migration). */
public final class TestDatabase {

    /** One row of {@code vehicle}. */
    public record VehicleRow(String vin, Instant firstSeen, Instant lastSeen) {
    }

    /** A {@code signal_window} row with its write time, to prove a replay left it untouched. */
    public record StoredWindow(SignalWindow window, Instant writtenAt) {
    }

    private final JdbcSettings jdbc;

    private TestDatabase(JdbcSettings jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates (if needed) and migrates {@code name}. */
    public static TestDatabase migrated(String name) {
        String url = SharedInfrastructure.postgres().createDatabase(name);
        Flyway.configure().dataSource(url, EmbeddedPostgresServer.USER, "").locations("classpath:db/migration")
                .load().migrate();
        return new TestDatabase(new JdbcSettings(url, EmbeddedPostgresServer.USER, ""));
    }

    public JdbcSettings jdbc() {
        return jdbc;
    }

    /** Empties both tables, windows first because of the foreign key. */
    public void truncate() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE signal_window, vehicle");
        }
    }

    public List<StoredWindow> windows() throws SQLException {
        List<StoredWindow> rows = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT vin, signal, unit, window_start, window_end, min_value, max_value, mean_value, sample_count,
                       written_at
                FROM signal_window ORDER BY vin, signal, window_start""")) {
            while (rs.next()) {
                rows.add(new StoredWindow(new SignalWindow(rs.getString(1), rs.getString(2), rs.getString(3),
                        instant(rs, 4), instant(rs, 5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8),
                        rs.getLong(9)), instant(rs, 10)));
            }
        }
        return rows;
    }

    public List<VehicleRow> vehicles() throws SQLException {
        List<VehicleRow> rows = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT vin, first_seen, last_seen FROM vehicle ORDER BY vin")) {
            while (rs.next()) {
                rows.add(new VehicleRow(rs.getString(1), instant(rs, 2), instant(rs, 3)));
            }
        }
        return rows;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbc.url(), jdbc.user(), jdbc.password());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
