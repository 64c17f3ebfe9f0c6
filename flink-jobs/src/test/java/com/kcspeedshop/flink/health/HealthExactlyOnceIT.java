package com.kcspeedshop.flink.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.flink.testing.SharedFlink;
import com.kcspeedshop.flink.testing.TestDatabase;
import com.kcspeedshop.flink.testing.TestKafka;
import com.kcspeedshop.health.reference.HealthOutput;
import com.kcspeedshop.health.reference.HealthReference;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.state.rocksdb.RocksDBOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once under failure: whatever happens to the job mid-stream (a task failure and restart, or a stop with a
 * savepoint, a cancel and a restart from the last retained checkpoint), the health scores read with
 * {@code read_committed} equal, record for record per vehicle, the single-threaded reference over the same input:
 * nothing lost, nothing doubled. Alerts go the at-least-once fast path: every alert arrives, repeats are possible
 * and are dropped by their deterministic id.
 */
@ExtendWith(SharedFlink.class)
class HealthExactlyOnceIT {

    private static final int SECONDS = 240;

    private static TestDatabase database;
    private static TestKafka kafka;

    @BeforeAll
    static void infrastructure() {
        database = TestDatabase.migrated("health_exactly_once_it");
        kafka = new TestKafka();
    }

    @AfterAll
    static void closeClients() {
        kafka.close();
    }

    @Test
    void shouldNeitherLoseNorDoubleScoresWhenATaskFailsMidStream() throws Exception {
        HealthTrips trips = HealthTrips.of(3, SECONDS);
        List<HealthOutput> expected = trips.reference();
        Instant half = HealthTrips.T0.plusSeconds(SECONDS / 2);
        try (HealthItSupport it = new HealthItSupport(kafka)) {
            Map<String, String> settings = it.settings(database.jdbc().url());
            settings.put("restart.strategy", "fixed-delay");
            settings.put("restart.attempts", "2");
            settings.put("restart.delay", "200ms");
            it.produce(trips, t -> t.isBefore(half));
            long firstHalf = trips.readings.stream().filter(r -> r.capturedAt().isBefore(half)).count()
                    + trips.reports.stream().filter(r -> r.capturedAt().isBefore(half)).count();
            FailOnceAfterCheckpoint.arm(firstHalf + 300); // fails 300 events into the second half

            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            HealthJob.wireProduction(env, HealthJobConfig.fromMap(settings), inputs -> inputs
                    .map(new FailOnceAfterCheckpoint()).returns(HealthInputSerializer.TYPE)
                    .name("inject-failure").uid("inject-failure"));
            JobClient job = env.executeAsync(HealthJob.JOB_NAME);
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> !it.committedScores().isEmpty());
                it.produce(trips, t -> !t.isBefore(half));

                awaitAllScores(it, job, expected);
                assertThat(FailOnceAfterCheckpoint.FAILED).as("the injected failure happened").isTrue();
                assertExactlyTheReference(it, expected);
            } finally {
                SharedFlink.cancelAndWait(job);
            }
        }
    }

    @Test
    void shouldContinueFromASavepointAndThenFromTheLastRetainedCheckpoint(@TempDir Path dir) throws Exception {
        HealthTrips trips = HealthTrips.of(3, SECONDS);
        List<HealthOutput> expected = trips.reference();
        Instant third = HealthTrips.T0.plusSeconds(SECONDS / 3);
        Instant twoThirds = HealthTrips.T0.plusSeconds(2 * SECONDS / 3);
        try (HealthItSupport it = new HealthItSupport(kafka)) {
            Map<String, String> settings = it.settings(database.jdbc().url());
            settings.put("checkpoint.dir", dir.resolve("checkpoints").toString());

            // run 1, heap: stops with a savepoint
            it.produce(trips, t -> t.isBefore(third));
            JobClient first = HealthJob.start(StreamExecutionEnvironment.getExecutionEnvironment(),
                    HealthJobConfig.fromMap(settings));
            String savepoint;
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> !it.committedScores().isEmpty());
            } finally {
                savepoint = first.stopWithSavepoint(false, dir.resolve("savepoints").toUri().toString(),
                        SavepointFormatType.CANONICAL).get();
            }
            int afterRun1 = it.committedScores().size();

            // run 2, RocksDB, from the savepoint: cancelled, leaving its last checkpoint. From here on the readings
            // come as the collector sends them, one record per poll cycle, after run 1's single readings
            settings.put("state.backend", "rocksdb");
            it.produce(trips, t -> !t.isBefore(third) && t.isBefore(twoThirds), true);
            JobClient second = HealthJob.start(StreamExecutionEnvironment.getExecutionEnvironment(
                    restoreFrom(savepoint, dir)), HealthJobConfig.fromMap(settings));
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> it.committedScores().size() > afterRun1);
            } finally {
                SharedFlink.cancelAndWait(second);
            }
            Path checkpoint = HealthItSupport.latestCheckpoint(dir.resolve("checkpoints")).orElseThrow();
            assertThat(checkpoint.toString()).as("run 2's own checkpoint").contains(second.getJobID().toString());

            // run 3, from run 2's retained checkpoint
            it.produce(trips, t -> !t.isBefore(twoThirds), true);
            JobClient third3 = HealthJob.start(StreamExecutionEnvironment.getExecutionEnvironment(
                    restoreFrom(checkpoint.toUri().toString(), dir)), HealthJobConfig.fromMap(settings));
            try {
                awaitAllScores(it, third3, expected);
                assertExactlyTheReference(it, expected);
            } finally {
                SharedFlink.cancelAndWait(third3);
            }
        }
    }

    private static Configuration restoreFrom(String path, Path dir) {
        Configuration conf = new Configuration();
        conf.set(StateRecoveryOptions.SAVEPOINT_PATH, path);
        conf.set(RocksDBOptions.LOCAL_DIRECTORIES, dir.resolve("rocksdb").toString());
        return conf;
    }

    /** Waits for as many committed scores as the reference has, then a few checkpoints more for any extra. */
    private static void awaitAllScores(HealthItSupport it, JobClient job, List<HealthOutput> expected)
            throws Exception {
        int want = HealthReference.scores(expected).size();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            HealthJobIT.assertRunning(job);
            assertThat(it.committedScores().size()).isGreaterThanOrEqualTo(want);
        });
        Thread.sleep(1_500); // five checkpoint intervals: a doubled record would be committed by now
    }

    private static void assertExactlyTheReference(HealthItSupport it, List<HealthOutput> expected) {
        List<HealthScore> scores = it.committedScores();
        assertThat(scores).hasSameSizeAs(HealthReference.scores(expected));
        assertThat(HealthTrips.scoresByVin(scores)).isEqualTo(HealthTrips.scoresByVin(HealthReference.scores(expected)));
        assertThat(HealthTrips.anomaliesByVin(it.committedAnomalies()))
                .isEqualTo(HealthTrips.anomaliesByVin(HealthReference.anomalies(expected)));
        // at-least-once: all there; without the repeats (same id, state and time) exactly the reference's
        List<Alert> alerts = it.alerts();
        assertThat(new LinkedHashSet<>(alerts)).containsExactlyInAnyOrderElementsOf(
                new LinkedHashSet<>(HealthReference.alerts(expected)));
    }

    /**
     * Passes events through and throws once, on the first event after {@code failAt} events once a checkpoint has
     * completed, so the job restarts from that checkpoint. Static state: the MiniCluster runs in this JVM, and the
     * instance is recreated on restart.
     */
    static final class FailOnceAfterCheckpoint implements MapFunction<HealthInput, HealthInput>, CheckpointListener {
        private static final long serialVersionUID = 1L;
        static final AtomicBoolean FAILED = new AtomicBoolean();
        private static final AtomicBoolean CHECKPOINTED = new AtomicBoolean();
        private static final AtomicLong SEEN = new AtomicLong();
        private static volatile long failAt;

        static void arm(long afterEvents) {
            FAILED.set(false);
            CHECKPOINTED.set(false);
            SEEN.set(0);
            failAt = afterEvents;
        }

        @Override
        public HealthInput map(HealthInput in) {
            if (SEEN.incrementAndGet() >= failAt && CHECKPOINTED.get() && FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("injected task failure after " + SEEN.get() + " events");
            }
            return in;
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            CHECKPOINTED.set(true);
        }
    }
}
