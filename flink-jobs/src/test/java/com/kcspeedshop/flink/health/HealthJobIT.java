package com.kcspeedshop.flink.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertState;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.flink.testing.SharedFlink;
import com.kcspeedshop.flink.testing.TestDatabase;
import com.kcspeedshop.flink.testing.TestKafka;
import com.kcspeedshop.health.reference.HealthOutput;
import com.kcspeedshop.health.reference.HealthReference;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production wiring ({@link HealthJob#wireProduction}) on a MiniCluster against the embedded Kafka broker and
 * PostgreSQL: every output equals the reference computation, the history tables hold the same scores and alerts
 * (with AlertStore's semantics), and a corrupt record becomes a dead letter instead of failing the job.
 */
@ExtendWith(SharedFlink.class)
class HealthJobIT {

    private static TestDatabase database;
    private static TestKafka kafka;

    @BeforeAll
    static void infrastructure() {
        database = TestDatabase.migrated("health_job_it");
        kafka = new TestKafka();
    }

    @AfterAll
    static void closeClients() {
        kafka.close();
    }

    @Test
    void shouldWriteTheReferenceScoresAnomaliesAndAlertsToKafkaAndPostgres() throws Exception {
        HealthTrips trips = HealthTrips.of(3, 200);
        List<HealthOutput> expected = trips.reference();
        List<HealthScore> expectedScores = HealthReference.scores(expected);
        List<Alert> expectedAlerts = HealthReference.alerts(expected);
        try (HealthItSupport it = new HealthItSupport(kafka)) {
            it.produce(trips, t -> true);
            it.produceRaw(it.readings, "1HGCM82633A004352".getBytes(StandardCharsets.UTF_8),
                    new byte[] {1, 2, 3}); // not a reading

            JobClient job = HealthJob.start(StreamExecutionEnvironment.getExecutionEnvironment(),
                    HealthJobConfig.fromMap(it.settings(database.jdbc().url())));
            try {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    assertRunning(job);
                    assertThat(List.of(it.committedScores().size(), countRows("health_score"), it.alerts().size(),
                            countRows("vehicle_alert_event"))).as("scores in Kafka and PostgreSQL, alerts in both")
                            .isEqualTo(List.of(expectedScores.size(), expectedScores.size(), expectedAlerts.size(),
                                    expectedAlerts.size()));
                });

                assertThat(HealthTrips.scoresByVin(it.committedScores()))
                        .isEqualTo(HealthTrips.scoresByVin(expectedScores));
                assertThat(HealthTrips.anomaliesByVin(it.committedAnomalies()))
                        .isEqualTo(HealthTrips.anomaliesByVin(HealthReference.anomalies(expected)));
                assertThat(HealthTrips.alertsByVin(it.alerts())).isEqualTo(HealthTrips.alertsByVin(expectedAlerts));
                assertThat(it.deadLetterCount()).isEqualTo(1);
                assertThat(it.lateCount()).isZero();

                assertThat(countRows("health_score")).isEqualTo(expectedScores.size());
                assertThat(countRows("vehicle_alert_event")).isEqualTo(expectedAlerts.size());
                assertThat(alertRows()).isEqualTo(lastStatePerAlert(expectedAlerts));
                HealthScore worst = expectedScores.stream().filter(s -> s.subsystem().equals("overall"))
                        .min(java.util.Comparator.comparingDouble(HealthScore::score)).orElseThrow();
                assertThat(contributionsOf(worst)).as("the explanation, as JSONB")
                        .contains("\"signal\": \"" + worst.contributions().get(0).signal() + "\"");
            } finally {
                SharedFlink.cancelAndWait(job);
            }
        }
    }

    /** Fails at once, with the job's failure, instead of waiting out the timeout. */
    static void assertRunning(JobClient job) throws Exception {
        var status = job.getJobStatus().get();
        if (status.isGloballyTerminalState()) {
            try {
                job.getJobExecutionResult().get();
            } catch (Exception e) {
                throw new AssertionError("job ended " + status, e);
            }
            throw new AssertionError("job ended " + status);
        }
    }

    /** What vehicle_alert must show per alert id: the stream state of its newest event (CLEARED is final). */
    private static Map<String, String> lastStatePerAlert(List<Alert> alerts) {
        Map<String, String> states = new java.util.TreeMap<>();
        for (Alert a : alerts) {
            states.merge(a.alertId(), a.state().name(), (old, now) ->
                    old.equals(AlertState.CLEARED.name()) ? old : now);
        }
        return states;
    }

    private static Map<String, String> alertRows() throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT alert_id, stream_state FROM vehicle_alert ORDER BY alert_id")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
        }
        return rows;
    }

    private static String contributionsOf(HealthScore score) throws SQLException {
        try (Connection c = connect(); var ps = c.prepareStatement(
                "SELECT contributions::text FROM health_score WHERE vin = ? AND subsystem = ? AND computed_at = ?")) {
            ps.setString(1, score.vin());
            ps.setString(2, score.subsystem());
            ps.setObject(3, score.computedAt().atOffset(java.time.ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
                assertThat(found).hasSize(1);
                return found.get(0);
            }
        }
    }

    static int countRows(String table) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbc().url(), database.jdbc().user(), database.jdbc().password());
    }
}
