package com.kcspeedshop.flink.io;

import com.kcspeedshop.events.SignalWindow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SQL of the signal-window sink: one transaction that upserts the vehicles, then their windows.
 *
 * <p>Vehicles go first because signal_window references vehicle. Rows are written in key order so two writers that touch
 * the same vehicles lock them in the same order and cannot deadlock. Both upserts skip rows whose values would not
 * change, so a replay leaves every row, including {@code written_at}, exactly as it was.
 */
final class SignalWindowUpserts {

    static final String UPSERT_VEHICLE = """
            INSERT INTO vehicle (vin, first_seen, last_seen) VALUES (?, ?, ?)
            ON CONFLICT (vin) DO UPDATE SET
              first_seen = LEAST(vehicle.first_seen, EXCLUDED.first_seen),
              last_seen = GREATEST(vehicle.last_seen, EXCLUDED.last_seen)
            WHERE EXCLUDED.first_seen < vehicle.first_seen OR EXCLUDED.last_seen > vehicle.last_seen""";

    static final String UPSERT_WINDOW = """
            INSERT INTO signal_window (vin, signal, unit, window_start, window_end, min_value, max_value, mean_value,
                                       sample_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (vin, signal, window_start) DO UPDATE SET
              unit = EXCLUDED.unit, window_end = EXCLUDED.window_end, min_value = EXCLUDED.min_value,
              max_value = EXCLUDED.max_value, mean_value = EXCLUDED.mean_value, sample_count = EXCLUDED.sample_count,
              written_at = now()
            WHERE (signal_window.unit, signal_window.window_end, signal_window.min_value, signal_window.max_value,
                   signal_window.mean_value, signal_window.sample_count)
              IS DISTINCT FROM (EXCLUDED.unit, EXCLUDED.window_end, EXCLUDED.min_value, EXCLUDED.max_value,
                                EXCLUDED.mean_value, EXCLUDED.sample_count)""";

    private static final Comparator<SignalWindow> KEY_ORDER = Comparator.comparing(SignalWindow::vin)
            .thenComparing(SignalWindow::signal).thenComparing(SignalWindow::windowStart);

    private SignalWindowUpserts() {
    }

    /** Writes the windows and their vehicles in one transaction; rolls back and rethrows on any failure. */
    static void write(Connection connection, Collection<SignalWindow> windows) throws SQLException {
        try {
            upsertVehicles(connection, vehicleSpans(windows));
            upsertWindows(connection, windows.stream().sorted(KEY_ORDER).toList());
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
    }

    /**
     * First and last time each vehicle was seen, at window granularity: the start of its earliest window and the end
     * of its latest one in this batch. Sorted by VIN (see the class comment on lock order).
     */
    static Map<String, Instant[]> vehicleSpans(Collection<SignalWindow> windows) {
        Map<String, Instant[]> spans = new TreeMap<>();
        for (SignalWindow w : windows) {
            spans.merge(w.vin(), new Instant[] {w.windowStart(), w.windowEnd()}, (a, b) -> new Instant[] {
                    a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
        return spans;
    }

    private static void upsertVehicles(Connection connection, Map<String, Instant[]> spans) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(UPSERT_VEHICLE)) {
            for (Map.Entry<String, Instant[]> span : spans.entrySet()) {
                ps.setString(1, span.getKey());
                ps.setObject(2, utc(span.getValue()[0]));
                ps.setObject(3, utc(span.getValue()[1]));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void upsertWindows(Connection connection, List<SignalWindow> windows) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(UPSERT_WINDOW)) {
            for (SignalWindow w : windows) {
                ps.setString(1, w.vin());
                ps.setString(2, w.signal());
                ps.setString(3, w.unit());
                ps.setObject(4, utc(w.windowStart()));
                ps.setObject(5, utc(w.windowEnd()));
                ps.setDouble(6, w.min());
                ps.setDouble(7, w.max());
                ps.setDouble(8, w.mean());
                ps.setLong(9, w.count());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
