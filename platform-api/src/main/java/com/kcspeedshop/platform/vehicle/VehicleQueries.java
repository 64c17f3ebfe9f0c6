package com.kcspeedshop.platform.vehicle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import com.kcspeedshop.platform.identity.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only SQL over the telemetry tables of migration V1 and the registry of V2. */
@Repository
class VehicleQueries {

    // vehicles seen in telemetry and vehicles registered by their owners, whether or not they sent anything yet
    private static final String ALL_VEHICLES = """
            SELECT COALESCE(v.vin, r.vin) AS vin, v.first_seen, v.last_seen
              FROM vehicle v
              FULL OUTER JOIN vehicle_registration r ON r.vin = v.vin
             ORDER BY 1
            """;

    private static final String VISIBLE_VEHICLES = """
            SELECT COALESCE(v.vin, r.vin) AS vin, v.first_seen, v.last_seen
              FROM vehicle v
              FULL OUTER JOIN vehicle_registration r ON r.vin = v.vin
             WHERE COALESCE(v.vin, r.vin) IN (%s)
             ORDER BY 1
            """.formatted(VehicleAccess.VISIBLE_VINS);

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

    /** The vehicles the caller may see, ordered by VIN: every one for fleet-wide roles. */
    List<VehicleSummary> vehicles(Caller caller) {
        JdbcClient.StatementSpec sql = caller.fleetWide() ? jdbc.sql(ALL_VEHICLES)
                : jdbc.sql(VISIBLE_VEHICLES).param("subject", caller.subject())
                        .param("workshop", caller.staffWorkshop().map(UUID::toString).orElse(null));
        return sql.query((rs, row) -> new VehicleSummary(rs.getString("vin"), instant(rs, "first_seen"),
                        instant(rs, "last_seen")))
                .list();
    }

    /** The newest window of each signal, ordered by signal name; empty for a vehicle without telemetry yet. */
    List<LatestSignal> latestSignals(String vin) {
        return jdbc.sql(LATEST_PER_SIGNAL)
                .param("vin", vin)
                .query((rs, row) -> new LatestSignal(rs.getString("signal"), rs.getString("unit"),
                        instant(rs, "window_start"), instant(rs, "window_end"), rs.getDouble("min_value"),
                        rs.getDouble("max_value"), rs.getDouble("mean_value"), rs.getLong("sample_count")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        // pgjdbc maps TIMESTAMPTZ to OffsetDateTime (always UTC), not to Instant
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
