package com.kcspeedshop.platform.alert;

import com.kcspeedshop.events.Alert;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over {@code vehicle_alert} and {@code vehicle_alert_event} (migration V12). */
@Repository
public class AlertStore {

    private static final String STATUS = """
            CASE WHEN resolved_at IS NOT NULL THEN 'RESOLVED'
                 WHEN cleared_at IS NOT NULL THEN 'CLEARED'
                 WHEN acknowledged_at IS NOT NULL THEN 'ACKNOWLEDGED'
                 ELSE 'OPEN' END""";

    /**
     * The stream's idempotent upsert, the same the Flink job runs: a redelivered event changes nothing, an older event
     * arriving late never moves the alert back (RAISED after CLEARED), and the workflow columns are never touched.
     */
    public static final String UPSERT_FROM_STREAM = """
            INSERT INTO vehicle_alert (alert_id, vin, rule, severity, stream_state, message, raised_at, updated_at,
                                       cleared_at)
            VALUES (:id, :vin, :rule, :severity, :state, :message, :at, :at,
                    CASE WHEN :state = 'CLEARED' THEN CAST(:at AS TIMESTAMPTZ) END)
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
                cleared_at = COALESCE(vehicle_alert.cleared_at, EXCLUDED.cleared_at)
            """;

    private static final String EVENT = """
            INSERT INTO vehicle_alert_event (alert_id, state, at, severity, message)
            VALUES (:id, :state, :at, :severity, :message)
            ON CONFLICT DO NOTHING""";

    private final JdbcClient jdbc;

    public AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records one stream event; safe to repeat. */
    public void apply(Alert a) {
        jdbc.sql(UPSERT_FROM_STREAM).param("id", a.alertId()).param("vin", a.vin()).param("rule", a.rule())
                .param("severity", a.severity().name()).param("state", a.state().name()).param("message", a.message())
                .param("at", ts(a.at())).update();
        jdbc.sql(EVENT).param("id", a.alertId()).param("state", a.state().name()).param("at", ts(a.at()))
                .param("severity", a.severity().name()).param("message", a.message()).update();
    }

    /**
     * Alerts, newest first, of the given vehicles ({@code null}: every vehicle), optionally only those still needing
     * attention (OPEN or ACKNOWLEDGED).
     */
    public List<AlertView> list(List<String> vins, boolean activeOnly, int limit) {
        String sql = "SELECT *, " + STATUS + " AS status FROM vehicle_alert WHERE true"
                + (vins == null ? "" : " AND vin IN (:vins)")
                + (activeOnly ? " AND resolved_at IS NULL AND cleared_at IS NULL" : "")
                + " ORDER BY raised_at DESC, alert_id LIMIT :limit";
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("limit", limit);
        if (vins != null) {
            if (vins.isEmpty()) {
                return List.of();
            }
            spec = spec.param("vins", vins);
        }
        return spec.query((rs, n) -> view(rs, List.of())).list();
    }

    public Optional<AlertView> find(String alertId) {
        List<AlertView.Event> timeline = jdbc.sql("""
                        SELECT state, at, severity, message FROM vehicle_alert_event WHERE alert_id = :id
                         ORDER BY at, state""")
                .param("id", alertId)
                .query((rs, n) -> new AlertView.Event(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4)))
                .list();
        return jdbc.sql("SELECT *, " + STATUS + " AS status FROM vehicle_alert WHERE alert_id = :id")
                .param("id", alertId).query((rs, n) -> view(rs, timeline)).optional();
    }

    /** First acknowledgement wins; acknowledging again changes nothing. */
    public void acknowledge(String alertId, String by, Instant at) {
        jdbc.sql("""
                        UPDATE vehicle_alert SET acknowledged_by = :by, acknowledged_at = :at
                         WHERE alert_id = :id AND acknowledged_at IS NULL""")
                .param("id", alertId).param("by", by).param("at", ts(at)).update();
    }

    public void assign(String alertId, String technician) {
        jdbc.sql("UPDATE vehicle_alert SET assigned_to = :tech WHERE alert_id = :id")
                .param("id", alertId).param("tech", technician).update();
    }

    public void resolve(String alertId, String by, Instant at, String note) {
        jdbc.sql("""
                        UPDATE vehicle_alert SET resolved_by = :by, resolved_at = :at, resolution_note = :note,
                               acknowledged_by = COALESCE(acknowledged_by, :by),
                               acknowledged_at = COALESCE(acknowledged_at, :at)
                         WHERE alert_id = :id AND resolved_at IS NULL""")
                .param("id", alertId).param("by", by).param("at", ts(at)).param("note", note).update();
    }

    private static AlertView view(ResultSet rs, List<AlertView.Event> timeline) throws SQLException {
        return new AlertView(rs.getString("alert_id"), rs.getString("vin"), rs.getString("rule"),
                rs.getString("severity"), rs.getString("status"), rs.getString("message"),
                instant(rs, "raised_at"), instant(rs, "updated_at"), instant(rs, "cleared_at"),
                rs.getString("acknowledged_by"), instant(rs, "acknowledged_at"), rs.getString("assigned_to"),
                rs.getString("resolved_by"), instant(rs, "resolved_at"), rs.getString("resolution_note"), timeline);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
