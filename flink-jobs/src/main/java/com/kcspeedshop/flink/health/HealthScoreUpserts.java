package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.HealthContribution;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.flink.io.BatchUpsert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * Health scores into {@code health_score} (platform-api migration V12): one row per (vin, subsystem, computed_at),
 * the explanation as JSONB. Rows are written in key order (no lock-order deadlocks between writers), and a replayed
 * score that changes nothing leaves the row untouched.
 */
final class HealthScoreUpserts implements BatchUpsert<HealthScore> {

    private static final long serialVersionUID = 1L;

    static final String UPSERT = """
            INSERT INTO health_score (vin, subsystem, computed_at, score, contributions)
            VALUES (?, ?, ?, ?, CAST(? AS JSONB))
            ON CONFLICT (vin, subsystem, computed_at) DO UPDATE SET
              score = EXCLUDED.score, contributions = EXCLUDED.contributions
            WHERE (health_score.score, health_score.contributions)
              IS DISTINCT FROM (EXCLUDED.score, EXCLUDED.contributions)""";

    private static final Comparator<HealthScore> KEY_ORDER = Comparator.comparing(HealthScore::vin)
            .thenComparing(HealthScore::subsystem).thenComparing(HealthScore::computedAt);

    /** The table's primary key, for de-duplicating a batch. */
    static String key(HealthScore s) {
        return s.vin() + '|' + s.subsystem() + '|' + s.computedAt();
    }

    @Override
    public void write(Connection connection, List<HealthScore> batch) throws SQLException {
        BatchUpsert.inTransaction(connection, () -> {
            try (PreparedStatement ps = connection.prepareStatement(UPSERT)) {
                for (HealthScore s : batch.stream().sorted(KEY_ORDER).toList()) {
                    ps.setString(1, s.vin());
                    ps.setString(2, s.subsystem());
                    ps.setObject(3, s.computedAt().atOffset(ZoneOffset.UTC));
                    ps.setDouble(4, s.score());
                    ps.setString(5, contributionsJson(s.contributions()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** {@code [{"signal":..,"value":..,"threshold":..,"penalty":..}]}, in the score's order (largest penalty first). */
    static String contributionsJson(List<HealthContribution> contributions) {
        StringBuilder json = new StringBuilder("[");
        for (HealthContribution c : contributions) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"signal\":");
            quote(json, c.signal());
            // the record guarantees finite values, so Double.toString is valid JSON
            json.append(",\"value\":").append(c.value()).append(",\"threshold\":").append(c.threshold())
                    .append(",\"penalty\":").append(c.penalty()).append('}');
        }
        return json.append(']').toString();
    }

    private static void quote(StringBuilder json, String s) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        json.append(String.format("\\u%04x", (int) ch));
                    } else {
                        json.append(ch);
                    }
                }
            }
        }
        json.append('"');
    }
}
