package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import com.kcspeedshop.flink.testing.TestKafka;
import com.kcspeedshop.infra.postgres.EmbeddedPostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** What the health ITs share: topics, settings, a batching producer, and typed reads of the output topics. */
final class HealthItSupport implements AutoCloseable {

    final String readings;
    final String reports;
    final String models;
    final String scores;
    final String anomalies;
    final String alerts;
    final String deadLetters;
    final String lateReadings;
    final String lateReports;
    private final TestKafka kafka;
    private final KafkaProducer<byte[], byte[]> producer;

    HealthItSupport(TestKafka kafka) {
        this.kafka = kafka;
        // One partition per input: the ingest stage makes watermarks per decoder subtask, not per partition, so
        // partitions read at different speeds would make one vehicle's readings legitimately late behind another's
        // (see IngestStage). Inputs are produced in capture-time order; keying spreads the work over both subtasks.
        String[] in = TestKafka.freshTopics(1, "readings", "dtc", "models");
        String[] out = TestKafka.freshTopics(2, "scores", "anomalies", "alerts", "dead", "late-readings", "late-dtc");
        readings = in[0];
        reports = in[1];
        models = in[2];
        scores = out[0];
        anomalies = out[1];
        alerts = out[2];
        deadLetters = out[3];
        lateReadings = out[4];
        lateReports = out[5];
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /** Settings of a job over these topics, exactly-once, checkpointing every 300 ms. */
    Map<String, String> settings(String jdbcUrl) {
        return new HashMap<>(Map.ofEntries(
                Map.entry("kafka.bootstrap-servers", kafka.bootstrapServers()),
                Map.entry("kafka.group-id", "health-it-" + readings),
                Map.entry("kafka.readings-topic", readings),
                Map.entry("kafka.dtc-reports-topic", reports),
                Map.entry("kafka.model-updates-topic", models),
                Map.entry("kafka.health-scores-topic", scores),
                Map.entry("kafka.anomalies-topic", anomalies),
                Map.entry("kafka.alerts-topic", alerts),
                Map.entry("kafka.dead-letter-topic", deadLetters),
                Map.entry("kafka.late-readings-topic", lateReadings),
                Map.entry("kafka.late-dtc-reports-topic", lateReports),
                Map.entry("kafka.starting-offsets", "earliest"),
                Map.entry("kafka.transactional-id-prefix", "health-it-" + readings),
                Map.entry("jdbc.url", jdbcUrl),
                Map.entry("jdbc.user", EmbeddedPostgresServer.USER),
                Map.entry("event-time.idleness", "1s"),
                Map.entry("checkpoint.interval", "300ms"),
                Map.entry("restart.strategy", "none"),
                Map.entry("parallelism", "2")));
    }

    /**
     * Sends, keyed by VIN, the trips' events whose capture time passes {@code filter}, one reading per record, and
     * waits for the acks.
     */
    void produce(HealthTrips trips, Predicate<java.time.Instant> filter) {
        produce(trips, filter, false);
    }

    /**
     * As {@link #produce(HealthTrips, Predicate)}; with {@code cycles}, each vehicle's readings of one capture time go
     * as one {@link ObdReadingBatch} record, as the collector sends a poll cycle.
     */
    void produce(HealthTrips trips, Predicate<java.time.Instant> filter, boolean cycles) {
        List<ObdReading> byTime = new java.util.ArrayList<>(trips.readings);
        byTime.sort(Comparator.comparing(ObdReading::capturedAt)); // stable: each vehicle's order kept
        List<ObdReading> passing = byTime.stream().filter(r -> filter.test(r.capturedAt())).toList();
        for (ObdReadingBatch record : BenchFleet.asRecords(passing, cycles)) {
            producer.send(BenchFleet.record(readings, record));
        }
        List<DtcReport> reportsByTime = new java.util.ArrayList<>(trips.reports);
        reportsByTime.sort(Comparator.comparing(DtcReport::capturedAt));
        for (DtcReport d : reportsByTime) {
            if (filter.test(d.capturedAt())) {
                producer.send(new ProducerRecord<>(reports, key(d.vin()), Events.DTC_REPORT.encode(d)));
            }
        }
        producer.flush();
    }

    void produceRaw(String topic, byte[] key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key, value));
        producer.flush();
    }

    List<HealthScore> committedScores() {
        return kafka.readAll(scores).stream().map(r -> Events.HEALTH_SCORE.decode(r.value())).toList();
    }

    List<Anomaly> committedAnomalies() {
        return kafka.readAll(anomalies).stream().map(r -> Events.ANOMALY.decode(r.value())).toList();
    }

    List<Alert> alerts() {
        return kafka.readAll(alerts).stream().map(r -> Events.ALERT.decode(r.value())).toList();
    }

    int lateCount() {
        return kafka.readAll(lateReadings).size() + kafka.readAll(lateReports).size();
    }

    int deadLetterCount() {
        return kafka.readAll(deadLetters).size();
    }

    /** The newest retained checkpoint ({@code <dir>/<job>/chk-N}) under {@code dir}, by modification time. */
    static Optional<Path> latestCheckpoint(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(dir, 3)) {
            return files.filter(p -> p.getFileName().toString().equals("_metadata"))
                    .max(Comparator.comparing(p -> p.toFile().lastModified())).map(Path::getParent);
        }
    }

    private static byte[] key(String vin) {
        return vin.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
