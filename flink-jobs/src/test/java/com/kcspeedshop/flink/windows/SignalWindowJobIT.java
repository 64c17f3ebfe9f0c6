package com.kcspeedshop.flink.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.SignalWindow;
import com.kcspeedshop.flink.testing.TestDatabase;
import com.kcspeedshop.flink.testing.TestDatabase.StoredWindow;
import com.kcspeedshop.flink.testing.TestDatabase.VehicleRow;
import com.kcspeedshop.flink.testing.SharedFlink;
import com.kcspeedshop.flink.testing.TestKafka;
import com.kcspeedshop.infra.postgres.EmbeddedPostgresServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production wiring ({@link SignalWindowJob#wireProduction}) on a Flink MiniCluster against the real embedded Kafka
 * broker and PostgreSQL. The source is bounded, so each run ends once it has read what the test produced.
 */
@ExtendWith(SharedFlink.class)
class SignalWindowJobIT {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final List<String> VINS = List.of("1HGCM82633A004352", "WVWZZZ1JZXW000001", "JH4KA7561PC008269");
    private static final List<String> SIGNALS = List.of("ENGINE_RPM", "COOLANT_TEMP");
    private static final int WINDOWS = 3;

    private static TestDatabase database;
    private static TestKafka kafka;
    private String readings;
    private String windowsTopic;
    private String deadLetters;
    private String lateReadings;

    @BeforeAll
    static void infrastructure() {
        database = TestDatabase.migrated("signal_windows_job_it");
        kafka = new TestKafka();
    }

    @AfterAll
    static void closeClients() {
        kafka.close();
    }

    @BeforeEach
    void freshTopicsAndTables() throws Exception {
        String[] topics = TestKafka.freshTopics(2, "readings", "windows", "dead-letters", "late");
        readings = topics[0];
        windowsTopic = topics[1];
        deadLetters = topics[2];
        lateReadings = topics[3];
        database.truncate();
    }

    @Test
    void shouldWriteExactWindowStatisticsToPostgresAndToTheWindowTopic() throws Exception {
        produceReadings(null);

        runJob();

        List<SignalWindow> expected = expectedWindows();
        assertThat(database.windows()).extracting(StoredWindow::window).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(database.vehicles()).extracting(VehicleRow::vin).containsExactlyInAnyOrderElementsOf(VINS);
        assertThat(database.vehicles()).allSatisfy(v -> {
            assertThat(v.firstSeen()).isEqualTo(T0);
            assertThat(v.lastSeen()).isEqualTo(T0.plusSeconds(10L * WINDOWS));
        });
        List<ConsumerRecord<byte[], byte[]>> published = kafka.readAll(windowsTopic);
        assertThat(published).extracting(r -> Events.SIGNAL_WINDOW.decode(r.value()))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(published).allSatisfy(r -> assertThat(new String(r.key(), StandardCharsets.UTF_8))
                .isEqualTo(Events.SIGNAL_WINDOW.decode(r.value()).vin()));
        assertThat(kafka.readAll(deadLetters)).isEmpty();
        assertThat(kafka.readAll(lateReadings)).isEmpty();
    }

    @Test
    void shouldDeadLetterAMalformedRecordWithItsCoordinatesAndKeepWindowingTheRest() throws Exception {
        byte[] malformed = "{\"vin\":\"1HGCM82633A004352\",\"rpm\":812}".getBytes(StandardCharsets.UTF_8);
        RecordMetadata[] badRecord = new RecordMetadata[1];
        // everything on partition 0, so the valid readings after the bad record are behind it in the same partition
        produceReadings(windowIndex -> {
            if (windowIndex == 1 && badRecord[0] == null) {
                badRecord[0] = kafka.send(readings, 0, VINS.get(0).getBytes(StandardCharsets.UTF_8), malformed);
            }
        });

        runJob();

        assertThat(kafka.readAll(deadLetters)).singleElement().satisfies(record -> {
            DeadLetter letter = Events.DEAD_LETTER.fromJson(new String(record.value(), StandardCharsets.UTF_8));
            assertThat(letter.sourceTopic()).isEqualTo(readings);
            assertThat(letter.partition()).isEqualTo(badRecord[0].partition()).isZero();
            assertThat(letter.offset()).isEqualTo(badRecord[0].offset()).isPositive();
            assertThat(letter.consumer()).isEqualTo(SignalWindowJob.JOB_NAME);
            assertThat(letter.reason()).contains("not a KC Speedshop event");
            assertThat(letter.payload()).isEqualTo(malformed);
        });
        assertThat(database.windows()).extracting(StoredWindow::window)
                .containsExactlyInAnyOrderElementsOf(expectedWindows());
    }

    @Test
    void shouldLeavePostgresRowsUnchangedWhenTheSameInputIsReplayed() throws Exception {
        produceReadings(null);
        runJob();
        List<StoredWindow> firstRun = database.windows();
        List<VehicleRow> vehiclesAfterFirstRun = database.vehicles();

        runJob(); // a new consumer group from the earliest offset: every reading again

        assertThat(firstRun).hasSize(VINS.size() * SIGNALS.size() * WINDOWS);
        assertThat(database.windows()).isEqualTo(firstRun);
        assertThat(database.vehicles()).isEqualTo(vehiclesAfterFirstRun);
        assertThat(kafka.readAll(windowsTopic)).as("the topic is at-least-once: the replay published again")
                .hasSize(2 * firstRun.size());
    }

    @Test
    void shouldEmitWindowsWhileRunningWhenOnePartitionStaysIdle() throws Exception {
        produceReadings(windowIndex -> { }); // all on partition 0: the subtask reading partition 1 never sees a record
        Map<String, String> settings = new HashMap<>(settings());
        settings.put("kafka.bounded", "false");
        settings.put("window.idleness", "1s");

        JobClient job = SignalWindowJob.start(StreamExecutionEnvironment.getExecutionEnvironment(),
                SignalWindowJobConfig.fromMap(settings));
        try {
            // windows 0 and 1 are behind the watermark; window 2 stays open, nothing later has arrived
            List<SignalWindow> closed = expectedWindows().stream()
                    .filter(w -> w.windowStart().isBefore(T0.plusSeconds(20))).toList();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(database.windows())
                    .extracting(StoredWindow::window).containsExactlyInAnyOrderElementsOf(closed));
        } finally {
            SharedFlink.cancelAndWait(job);
        }
    }

    private void runJob() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        SignalWindowJob.wireProduction(env, SignalWindowJobConfig.fromMap(settings()));
        env.execute(SignalWindowJob.JOB_NAME);
    }

    private Map<String, String> settings() {
        return Map.ofEntries(
                Map.entry("kafka.bootstrap-servers", kafka.bootstrapServers()),
                Map.entry("kafka.group-id", "it-" + UUID.randomUUID()),
                Map.entry("kafka.readings-topic", readings),
                Map.entry("kafka.windows-topic", windowsTopic),
                Map.entry("kafka.dead-letter-topic", deadLetters),
                Map.entry("kafka.late-readings-topic", lateReadings),
                Map.entry("kafka.starting-offsets", "earliest"),
                Map.entry("kafka.bounded", "true"),
                Map.entry("jdbc.url", database.jdbc().url()),
                Map.entry("jdbc.user", EmbeddedPostgresServer.USER),
                Map.entry("checkpoint.interval", "0"),
                Map.entry("parallelism", "2"));
    }

    /** Called before the readings of each window are sent; lets a test slip in other records. */
    private interface BeforeWindow {
        void run(int windowIndex) throws Exception;
    }

    /**
     * For window w, vehicle v and signal s: readings base+1, base+5 and base+3 at 1 s, 4 s and 8 s into the window,
     * in event-time order, where base = 100w + 10v + s. With {@code beforeWindow} null they are partitioned by VIN;
     * otherwise all go to partition 0.
     */
    private void produceReadings(BeforeWindow beforeWindow) throws Exception {
        long sequence = 0;
        for (int w = 0; w < WINDOWS; w++) {
            if (beforeWindow != null) {
                beforeWindow.run(w);
            }
            for (int second : new int[] {1, 4, 8}) {
                for (int v = 0; v < VINS.size(); v++) {
                    for (int s = 0; s < SIGNALS.size(); s++) {
                        double value = base(w, v, s) + (second == 1 ? 1 : second == 4 ? 5 : 3);
                        ObdReading reading = new ObdReading(VINS.get(v), SIGNALS.get(s), value, unit(s),
                                T0.plusSeconds(10L * w + second), "it", sequence++);
                        kafka.send(readings, beforeWindow == null ? null : 0,
                                reading.vin().getBytes(StandardCharsets.UTF_8), Events.OBD_READING.encode(reading));
                    }
                }
            }
        }
    }

    private static List<SignalWindow> expectedWindows() {
        List<SignalWindow> expected = new ArrayList<>();
        for (int w = 0; w < WINDOWS; w++) {
            for (int v = 0; v < VINS.size(); v++) {
                for (int s = 0; s < SIGNALS.size(); s++) {
                    double base = base(w, v, s);
                    Instant start = T0.plusSeconds(10L * w);
                    expected.add(new SignalWindow(VINS.get(v), SIGNALS.get(s), unit(s), start, start.plusSeconds(10),
                            base + 1, base + 5, base + 3, 3));
                }
            }
        }
        return expected;
    }

    private static double base(int w, int v, int s) {
        return 100 * w + 10 * v + s;
    }

    private static String unit(int s) {
        return s == 0 ? "rpm" : "degC";
    }
}
