package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertState;
import com.kcspeedshop.flink.io.BatchUpsert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * Alert lifecycle events into {@code vehicle_alert} and {@code vehicle_alert_event} with the semantics of
 * platform-api's {@code AlertStore.UPSERT_FROM_STREAM} and its event insert (the same SET clause, with positional
 * parameters): a redelivered event changes nothing, an older event arriving late never moves an alert back (RAISED
 * after CLEARED), and the workflow columns (acknowledge, assign, resolve) are never touched.
 */
final class AlertUpserts implements BatchUpsert<Alert> {

    private static final long serialVersionUID = 1L;

    static final String UPSERT_ALERT = """
            INSERT INTO vehicle_alert (alert_id, vin, rule, severity, stream_state, message, raised_at, updated_at,
                                       cleared_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (alert_id) DO UPDATE SET
                severity = CASE WHEN EXCLUDED.updated_at >= vehicle_alert.updated_at
                                THEN EXCLUDED.severity ELSE vehicle_alert.severity END,
                message = CASE WHEN EXCLUDED.updated_at >= vehicle_alert.updated_at
                               THEN EXCLUDED.message ELSE vehicle_alert.message END,
                stream_state = CASE WHEN vehicle_alert.cleared_at IS NOT NULL THEN 'CLEARED'
                                    WHEN EXCLUDED.updated_at >= vehicle_alert.updated_at
                                    THEN EXCLUDED.stream_state ELSE vehicle_alert.stream_state END,
                raised_at = LEAST(vehicle_alert.raised_at, EXCLUDED.raised_at),
                updated_at = GREATEST(vehicle_alert.updated_at, EXCLUDED.updated_at),
                cleared_at = COALESCE(vehicle_alert.cleared_at, EXCLUDED.cleared_at)""";

    static final String INSERT_EVENT = """
            INSERT INTO vehicle_alert_event (alert_id, state, at, severity, message)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    // one alert's events in time order, alerts in id order: the lock order is the same for every writer
    private static final Comparator<Alert> ORDER = Comparator.comparing(Alert::alertId).thenComparing(Alert::at)
            .thenComparing(Alert::state);

    /** The event table's primary key, for de-duplicating a batch. */
    static String key(Alert a) {
        return a.alertId() + '|' + a.state() + '|' + a.at();
    }

    @Override
    public void write(Connection connection, List<Alert> batch) throws SQLException {
        List<Alert> sorted = batch.stream().sorted(ORDER).toList();
        BatchUpsert.inTransaction(connection, () -> {
            // one statement per event, in order: two events of one alert in one batch must apply one after the other
            try (PreparedStatement alert = connection.prepareStatement(UPSERT_ALERT)) {
                for (Alert a : sorted) {
                    OffsetDateTime at = a.at().atOffset(ZoneOffset.UTC);
                    alert.setString(1, a.alertId());
                    alert.setString(2, a.vin());
                    alert.setString(3, a.rule());
                    alert.setString(4, a.severity().name());
                    alert.setString(5, a.state().name());
                    alert.setString(6, a.message());
                    alert.setObject(7, at);
                    alert.setObject(8, at);
                    if (a.state() == AlertState.CLEARED) {
                        alert.setObject(9, at);
                    } else {
                        alert.setNull(9, Types.TIMESTAMP_WITH_TIMEZONE);
                    }
                    alert.executeUpdate();
                }
            }
            try (PreparedStatement event = connection.prepareStatement(INSERT_EVENT)) {
                for (Alert a : sorted) {
                    event.setString(1, a.alertId());
                    event.setString(2, a.state().name());
                    event.setObject(3, a.at().atOffset(ZoneOffset.UTC));
                    event.setString(4, a.severity().name());
                    event.setString(5, a.message());
                    event.addBatch();
                }
                event.executeBatch();
            }
        });
    }
}
