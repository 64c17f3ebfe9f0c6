package com.kcspeedshop.platform.health;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Read-only SQL over {@code health_score} (migration V12), written by the Flink health job. */
@Repository
class HealthQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    HealthQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest score of each subsystem, {@code overall} first, then by name. */
    List<SubsystemScore> latest(String vin) {
        return jdbc.sql("""
                        SELECT * FROM (SELECT DISTINCT ON (subsystem) subsystem, computed_at, score, contributions
                                         FROM health_score WHERE vin = :vin
                                        ORDER BY subsystem, computed_at DESC) latest
                         ORDER BY subsystem <> 'overall', subsystem""")
                .param("vin", vin).query(HealthQueries::score).list();
    }

    /**
     * Scores of one subsystem in a time range, oldest first, thinned to at most {@code max} points by keeping the
     * lowest score of each bucket (a chart should show the dips, not average them away).
     */
    List<SubsystemScore> history(String vin, String subsystem, Instant from, Instant to, int max) {
        long bucketMillis = Math.max(1, (to.toEpochMilli() - from.toEpochMilli()) / Math.max(1, max));
        return jdbc.sql("""
                        SELECT DISTINCT ON (bucket) subsystem, computed_at, score, contributions
                          FROM (SELECT *, floor(extract(epoch FROM computed_at) * 1000 / :bucket) AS bucket
                                  FROM health_score
                                 WHERE vin = :vin AND subsystem = :subsystem
                                   AND computed_at >= :from AND computed_at < :to) s
                         ORDER BY bucket, score, computed_at""")
                .param("vin", vin).param("subsystem", subsystem).param("from", ts(from)).param("to", ts(to))
                .param("bucket", bucketMillis)
                .query(HealthQueries::score).list();
    }

    private static SubsystemScore score(ResultSet rs, int row) throws SQLException {
        List<SubsystemScore.Reason> reasons = new ArrayList<>();
        for (JsonNode c : JSON.readTree(rs.getString("contributions"))) {
            reasons.add(new SubsystemScore.Reason(c.path("signal").asString(), c.path("value").asDouble(),
                    c.path("threshold").asDouble(), c.path("penalty").asDouble()));
        }
        return new SubsystemScore(rs.getString("subsystem"), rs.getTimestamp("computed_at").toInstant(),
                rs.getDouble("score"), reasons);
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
