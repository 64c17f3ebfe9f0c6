package com.kcspeedshop.flink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.DtcKind;
import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import com.kcspeedshop.flink.faulttolerance.FaultTolerance;
import com.kcspeedshop.flink.faulttolerance.RestartStrategyKind;
import com.kcspeedshop.flink.faulttolerance.StateBackendKind;
import com.kcspeedshop.flink.io.DeadLetterSerializer;
import com.kcspeedshop.flink.io.EventSerializer;
import com.kcspeedshop.flink.io.KafkaSinks;
import com.kcspeedshop.flink.testing.SharedFlink;
import com.kcspeedshop.flink.testing.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ingest stage for readings and DTC reports in one job on the shared MiniCluster, reading from and writing to the
 * embedded Kafka broker with the exactly-once sinks (read back with {@code read_committed}). A collector's journal
 * replays already-sent readings after an outage, one reading arrives after the watermark passed it, and one record is
 * garbage: each lands where it belongs, and the metrics count the duplicates and the late reading.
 */
@ExtendWith(SharedFlink.class)
class IngestStageIT {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final String VIN_A = "1HGCM82633A004352";
    private static final String VIN_B = "WVWZZZ1JZXW000001";
    private static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(2);

    private static TestKafka kafka;

    @BeforeAll
    static void clients() {
        kafka = new TestKafka();
    }

    @AfterAll
    static void closeClients() {
        kafka.close();
    }

    @Test
    void shouldDropReplayedDuplicatesRouteLateReadingsAndDeadLetterGarbage() throws Exception {
        String[] t = TestKafka.freshTopics(2, "readings", "dtcs", "events", "dtc-events", "late", "dead");
        String readings = t[0];
        String dtcs = t[1];

        JobClient job = start(t);
        try {
            // phase 1: two collectors, one vehicle each, on different partitions; 30 s of readings
            List<ObdReading> expected = new ArrayList<>();
            for (long seq = 1; seq <= 30; seq++) {
                expected.add(send(readings, 0, reading(VIN_A, "collector-a", seq, seq)));
                expected.add(send(readings, 1, reading(VIN_B, "collector-b", seq, seq)));
            }
            DtcReport p0301 = new DtcReport(VIN_A, "collector-a", 31, T0.plusSeconds(20), "7E8", DtcKind.STORED,
                    List.of("P0301"));
            sendDtc(dtcs, p0301);
            sendDtc(dtcs, p0301); // the same report twice: a producer retry

            // the watermark of every route-late subtask has passed T0+20s: anything older is now late
            await().atMost(Duration.ofSeconds(30)).until(() -> SharedFlink.gaugeMin(job.getJobID(),
                    "route-late-obd-readings", "currentInputWatermark") > T0.plusSeconds(20).toEpochMilli());

            // phase 2: collector-a's journal re-sends 21..30 after an outage, then carries on; one new reading was
            // captured long ago (late); one record is not an event at all
            for (long seq = 21; seq <= 30; seq++) {
                send(readings, 0, reading(VIN_A, "collector-a", seq, seq));
            }
            ObdReading late = send(readings, 0, reading(VIN_A, "collector-a", 31, 5));
            for (long seq = 32; seq <= 35; seq++) {
                expected.add(send(readings, 0, reading(VIN_A, "collector-a", seq, seq)));
            }
            byte[] garbage = "{\"rpm\":800}".getBytes(StandardCharsets.UTF_8);
            kafka.send(readings, 1, VIN_B.getBytes(StandardCharsets.UTF_8), garbage);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(kafka.readAll(t[2])).hasSize(expected.size());
                assertThat(kafka.readAll(t[4])).hasSize(1);
                assertThat(kafka.readAll(t[5])).hasSize(1);
            });

            assertThat(decode(kafka.readAll(t[2]))).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(kafka.readAll(t[3])).extracting(r -> Events.DTC_REPORT.decode(r.value()))
                    .containsExactly(p0301);
            assertThat(decode(kafka.readAll(t[4]))).containsExactly(late);
            DeadLetter letter = Events.DEAD_LETTER.fromJson(
                    new String(kafka.readAll(t[5]).get(0).value(), StandardCharsets.UTF_8));
            assertThat(letter.payload()).isEqualTo(garbage);
            assertThat(letter.sourceTopic()).isEqualTo(readings);
            assertThat(SharedFlink.counterSum(job.getJobID(), "drop-duplicate-obd-readings",
                    DropDuplicates.DUPLICATES_METRIC)).isEqualTo(10);
            assertThat(SharedFlink.counterSum(job.getJobID(), "drop-duplicate-dtc-reports",
                    DropDuplicates.DUPLICATES_METRIC)).isEqualTo(1);
            assertThat(SharedFlink.counterSum(job.getJobID(), "route-late-obd-readings", RouteLate.LATE_METRIC))
                    .isEqualTo(1);
        } finally {
            SharedFlink.cancelAndWait(job);
        }
    }

    private static JobClient start(String[] t) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        new FaultTolerance(Duration.ofMillis(300), CheckpointingMode.EXACTLY_ONCE, Optional.empty(),
                StateBackendKind.HASHMAP, RestartStrategyKind.NONE, OptionalInt.empty(), Duration.ZERO).applyTo(env);
        IngestStage stage = new IngestStage(
                new IngestSettings(OUT_OF_ORDERNESS, Duration.ofSeconds(1), Duration.ofHours(1), "ingest-it"));
        String servers = kafka.bootstrapServers();
        Ingested<ObdReadingBatch> readings = stage.ingest(env,
                IngestSources.kafka(servers, "ingest-it-" + t[0], t[0], OffsetsInitializer.earliest(), false),
                EventKind.OBD_READINGS);
        Ingested<DtcReport> dtcs = stage.ingest(env,
                IngestSources.kafka(servers, "ingest-it-" + t[1], t[1], OffsetsInitializer.earliest(), false),
                EventKind.DTC_REPORTS);
        Duration timeout = KafkaSinks.DEFAULT_TRANSACTION_TIMEOUT;
        String prefix = "ingest-it-" + t[0];
        ReadingsOfBatch.flatten(readings.events(), "it").sinkTo(KafkaSinks.exactlyOnce(servers,
                new EventSerializer<>(t[2], ObdReading.class, ObdReading::vin), prefix, "readings", timeout))
                .name("readings-sink").uid("readings-sink");
        dtcs.events().sinkTo(KafkaSinks.exactlyOnce(servers,
                new EventSerializer<>(t[3], DtcReport.class, DtcReport::vin), prefix, "dtcs", timeout))
                .name("dtcs-sink").uid("dtcs-sink");
        ReadingsOfBatch.flatten(readings.late(), "it-late").sinkTo(KafkaSinks.exactlyOnce(servers,
                new EventSerializer<>(t[4], ObdReading.class, ObdReading::vin), prefix, "late", timeout))
                .name("late-sink").uid("late-sink");
        readings.deadLetters().union(dtcs.deadLetters())
                .sinkTo(KafkaSinks.atLeastOnce(servers, new DeadLetterSerializer(t[5])))
                .name("dead-letter-sink").uid("dead-letter-sink");
        return env.executeAsync("ingest-it");
    }

    private static ObdReading reading(String vin, String source, long sequence, long secondsAfterT0) {
        return new ObdReading(vin, "ENGINE_RPM", 800 + sequence, "rpm", T0.plusSeconds(secondsAfterT0), source,
                sequence);
    }

    private static ObdReading send(String topic, int partition, ObdReading reading) throws Exception {
        kafka.send(topic, partition, reading.vin().getBytes(StandardCharsets.UTF_8),
                Events.OBD_READING.encode(reading));
        return reading;
    }

    private static void sendDtc(String topic, DtcReport report) throws Exception {
        kafka.send(topic, 0, report.vin().getBytes(StandardCharsets.UTF_8), Events.DTC_REPORT.encode(report));
    }

    private static List<ObdReading> decode(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(r -> Events.OBD_READING.decode(r.value())).toList();
    }
}
