package com.kcspeedshop.platform.vehicle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only SQL over the tables of migration V1. */
@Repository
class VehicleQueries {

    private static final String VEHICLES = """
            SELECT vin, first_seen, last_seen
              FROM vehicle
             ORDER BY vin
            """;

    private static final String VEHICLE_EXISTS = "SELECT EXISTS (SELECT 1 FROM vehicle WHERE vin = :vin)";

    // the primary key (vin, signal, window_start) serves both the filter and the order
    private static final String LATEST_PER_SIGNAL = """
            SELECT DISTINCT ON (signal)
                   signal, unit, window_start, window_end, min_value, max_value, mean_value, sample_count
              FROM signal_window
             WHERE vin = :vin
             ORDER BY signal, window_start DESC
            """;

    private final JdbcClient jdbc;

    VehicleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<VehicleSummary> vehicles() {
        return jdbc.sql(VEHICLES)
                .query((rs, row) -> new VehicleSummary(rs.getString("vin"), instant(rs, "first_seen"),
                        instant(rs, "last_seen")))
                .list();
    }

    /** The newest window of each signal, ordered by signal name; empty when no vehicle has this VIN. */
    Optional<List<LatestSignal>> latestSignals(String vin) {
        boolean known = jdbc.sql(VEHICLE_EXISTS).param("vin", vin).query(Boolean.class).single();
        if (!known) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql(LATEST_PER_SIGNAL)
                .param("vin", vin)
                .query((rs, row) -> new LatestSignal(rs.getString("signal"), rs.getString("unit"),
                        instant(rs, "window_start"), instant(rs, "window_end"), rs.getDouble("min_value"),
                        rs.getDouble("max_value"), rs.getDouble("mean_value"), rs.getLong("sample_count")))
                .list());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        // pgjdbc maps TIMESTAMPTZ to OffsetDateTime (always UTC), not to Instant
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
