package com.kcspeedshop.flink.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.SignalWindow;
import com.kcspeedshop.flink.ingest.DropDuplicates;
import com.kcspeedshop.flink.ingest.RouteLate;
import com.kcspeedshop.flink.testing.SharedFlink;
import com.kcspeedshop.flink.testing.TestDatabase;
import com.kcspeedshop.flink.testing.TestDatabase.StoredWindow;
import com.kcspeedshop.flink.testing.TestKafka;
import com.kcspeedshop.infra.postgres.EmbeddedPostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
 * A savepoint taken by one run of the signal-windows job restores in the next: Kafka offsets, an open window and the
 * duplicate filter's memory all carry over; a late reading then goes to the late-readings topic, counted. The first run keeps state on the heap, the second in RocksDB, which also
 * shows a canonical savepoint moves between the backends and that RocksDB runs on this machine.
 */
@ExtendWith(SharedFlink.class)
class SignalWindowSavepointIT {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final String VIN = "1HGCM82633A004352";

    private static TestDatabase database;
    private static TestKafka kafka;

    @BeforeAll
    static void infrastructure() {
        database = TestDatabase.migrated("signal_window_savepoint_it");
        kafka = new TestKafka();
    }

    @AfterAll
    static void closeClients() {
        kafka.close();
    }

    @Test
    void shouldContinueWindowsAndDuplicateDetectionFromASavepoint(@TempDir Path dir) throws Exception {
        String[] topics = TestKafka.freshTopics(2, "readings", "windows", "dead-letters", "late");
        Map<String, String> settings = settings(topics);

        // run 1 (heap): window 0 closes, window 1 is open when the job stops with a savepoint
        JobClient first = SignalWindowJob.start(StreamExecutionEnvironment.getExecutionEnvironment(),
                SignalWindowJobConfig.fromMap(settings));
        String savepoint;
        try {
            for (int seq = 1; seq <= 5; seq++) {
                send(topics[0], reading(seq, new int[] {1, 4, 8, 11, 14}[seq - 1]));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> database.windows().size() == 1);
        } finally {
            savepoint = first.stopWithSavepoint(false, dir.resolve("savepoints").toUri().toString(),
                    SavepointFormatType.CANONICAL).get();
        }

        // run 2 (RocksDB), restored: the collector's journal re-sends 4 and 5, then 6..8 are new
        Path rocksDir = dir.resolve("rocksdb");
        Configuration restore = new Configuration();
        restore.set(StateRecoveryOptions.SAVEPOINT_PATH, savepoint);
        restore.set(RocksDBOptions.LOCAL_DIRECTORIES, rocksDir.toString());
        settings.put("state.backend", "rocksdb");
        JobClient second = SignalWindowJob.start(StreamExecutionEnvironment.getExecutionEnvironment(restore),
                SignalWindowJobConfig.fromMap(settings));
        try {
            send(topics[0], reading(4, 11));
            send(topics[0], reading(5, 14));
            send(topics[0], reading(6, 17));
            send(topics[0], reading(7, 24));
            send(topics[0], reading(8, 35)); // moves the watermark past windows 1 and 2

            List<SignalWindow> expected = List.of(
                    window(0, 10, 30, 20, 3),
                    window(1, 40, 60, 50, 3), // 4 and 5 from run 1 (restored window state), 6 from run 2
                    window(2, 70, 70, 70, 1));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(database.windows())
                    .extracting(StoredWindow::window).containsExactlyElementsOf(expected));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(kafka.readAll(topics[1]))
                    .extracting(r -> Events.SIGNAL_WINDOW.decode(r.value()))
                    .containsExactlyInAnyOrderElementsOf(expected));
            assertThat(SharedFlink.counterSum(second.getJobID(), "drop-duplicate-obd-readings",
                    DropDuplicates.DUPLICATES_METRIC)).isEqualTo(2);
            assertThat(kafka.readAll(topics[3])).as("nothing was late so far").isEmpty();
            assertThat(rocksDbFiles(rocksDir)).as("run 2 kept its state in RocksDB").isNotEmpty();

            // window 2 has fired, so the watermark is past T0+30s: a new reading captured at T0+5s is late
            ObdReading late = reading(9, 5);
            send(topics[0], late);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(kafka.readAll(topics[3]))
                    .extracting(r -> Events.OBD_READING.decode(r.value())).containsExactly(late));
            assertThat(SharedFlink.counterSum(second.getJobID(), "route-late-obd-readings", RouteLate.LATE_METRIC))
                    .isEqualTo(1);
            assertThat(database.windows()).extracting(StoredWindow::window).containsExactlyElementsOf(expected);
        } finally {
            SharedFlink.cancelAndWait(second);
        }
    }

    private Map<String, String> settings(String[] topics) {
        Map<String, String> settings = new HashMap<>(Map.ofEntries(
                Map.entry("kafka.bootstrap-servers", kafka.bootstrapServers()),
                Map.entry("kafka.group-id", "savepoint-it-" + topics[0]),
                Map.entry("kafka.readings-topic", topics[0]),
                Map.entry("kafka.windows-topic", topics[1]),
                Map.entry("kafka.dead-letter-topic", topics[2]),
                Map.entry("kafka.late-readings-topic", topics[3]),
                Map.entry("kafka.starting-offsets", "earliest"),
                Map.entry("kafka.delivery-guarantee", "exactly-once"),
                Map.entry("kafka.transactional-id-prefix", "savepoint-it-" + topics[0]),
                Map.entry("jdbc.url", database.jdbc().url()),
                Map.entry("jdbc.user", EmbeddedPostgresServer.USER),
                Map.entry("window.idleness", "1s"),
                Map.entry("checkpoint.interval", "500ms"),
                Map.entry("restart.strategy", "none"),
                Map.entry("parallelism", String.valueOf(SharedFlink.PARALLELISM))));
        return settings;
    }

    private static ObdReading reading(long sequence, int secondsAfterT0) {
        return new ObdReading(VIN, "COOLANT_TEMP", 10.0 * sequence, "degC", T0.plusSeconds(secondsAfterT0),
                "collector-1", sequence);
    }

    private static SignalWindow window(int index, double min, double max, double mean, long count) {
        Instant start = T0.plusSeconds(10L * index);
        return new SignalWindow(VIN, "COOLANT_TEMP", "degC", start, start.plusSeconds(10), min, max, mean, count);
    }

    private static void send(String topic, ObdReading reading) throws Exception {
        kafka.send(topic, null, reading.vin().getBytes(StandardCharsets.UTF_8), Events.OBD_READING.encode(reading));
    }

    /** RocksDB's own files (its CURRENT pointer and MANIFEST) under the configured local directory. */
    private static List<Path> rocksDbFiles(Path rocksDir) throws Exception {
        if (!Files.isDirectory(rocksDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(rocksDir)) {
            return files.filter(p -> p.getFileName().toString().equals("CURRENT")
                    || p.getFileName().toString().startsWith("MANIFEST-")).toList();
        }
    }
}
