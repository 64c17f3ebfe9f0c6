package com.kcspeedshop.collector.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kcspeedshop.collector.TopicRecords;
import com.kcspeedshop.collector.elm327.emulator.Elm327Emulator;
import com.kcspeedshop.collector.elm327.emulator.EmulatorSettings;
import com.kcspeedshop.collector.elm327.session.ElmSession;
import com.kcspeedshop.collector.elm327.session.Fingerprint;
import com.kcspeedshop.collector.elm327.session.SessionSettings;
import com.kcspeedshop.collector.publish.journal.RestartableBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fingerprints in durable mode against a real broker that is away: stored on disk while it is down, kept across a
 * restart of the collector (a new publisher on the same outbox), delivered in order once the broker is back.
 */
class FingerprintPublisherIT {

    private static final String VIN = EmulatorSettings.DEFAULT_VIN;

    @TempDir
    Path dir;
    private RestartableBroker broker;

    @BeforeEach
    void startBroker() {
        broker = new RestartableBroker(dir.resolve("kafka"));
        broker.start();
        broker.createTopic(FingerprintPublisher.TOPIC, 1);
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    private KafkaPublisherConfig kafka() {
        return KafkaPublisherConfig.of(broker.bootstrapServers()).withClientId("fingerprint-it")
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(20));
    }

    private static Fingerprint fingerprintOfAnEmulatedAdapter() throws Exception {
        Elm327Emulator emulator = new Elm327Emulator(EmulatorSettings.defaults()
                .withTiming(Duration.ZERO, Duration.ZERO, Duration.ZERO));
        try (ElmSession session = new ElmSession(emulator.inMemoryTransport(), SessionSettings.defaults())) {
            return session.connect();
        } finally {
            emulator.stop();
        }
    }

    @Test
    void shouldKeepFingerprintsThroughABrokerOutageAndACollectorRestart() throws Exception {
        Fingerprint fingerprint = fingerprintOfAnEmulatedAdapter();
        Path outbox = dir.resolve("journal").resolve("fingerprints");
        broker.stop();

        FingerprintPublisher first = FingerprintPublisher.durable(kafka(), FingerprintPublisher.TOPIC, outbox);
        first.publish(VIN, "before-restart", fingerprint);
        Thread.sleep(1_500); // the sender tries and fails meanwhile
        assertThat(first.pending()).isEqualTo(1);
        first.close(); // the collector stops while Kafka is still away: the record must stay on disk
        try (var files = Files.list(outbox)) {
            assertThat(files.filter(f -> f.toString().endsWith(".fp"))).hasSize(1);
        }

        try (FingerprintPublisher second = FingerprintPublisher.durable(kafka(), FingerprintPublisher.TOPIC,
                outbox)) {
            second.publish(VIN, "after-restart", fingerprint);
            assertThat(second.pending()).isEqualTo(2);
            broker.start();
            List<ConsumerRecord<String, byte[]>> records = TopicRecords.readAll(broker.bootstrapServers(),
                    FingerprintPublisher.TOPIC, 2);
            assertThat(records).hasSize(2);
            ObjectMapper json = new ObjectMapper();
            JsonNode older = json.readTree(new String(records.get(0).value(), StandardCharsets.UTF_8));
            JsonNode newer = json.readTree(new String(records.get(1).value(), StandardCharsets.UTF_8));
            assertThat(records).allSatisfy(r -> assertThat(r.key()).isEqualTo(VIN));
            assertThat(older.get("source").asText()).isEqualTo("before-restart");
            assertThat(newer.get("source").asText()).isEqualTo("after-restart");
            assertThat(older.get("fingerprint").get("chip").asText()).isEqualTo(fingerprint.chip().name());
            awaitEmpty(second);
        }
    }

    @Test
    void shouldSendDirectlyInDirectModeWithNothingOnDisk() throws Exception {
        try (FingerprintPublisher direct = new FingerprintPublisher(kafka(), FingerprintPublisher.TOPIC)) {
            direct.publish(VIN, "direct", fingerprintOfAnEmulatedAdapter());
            assertThat(direct.pending()).isZero();
        }
        assertThat(TopicRecords.readAll(broker.bootstrapServers(), FingerprintPublisher.TOPIC, 1)).hasSize(1);
    }

    private static void awaitEmpty(FingerprintPublisher publisher) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (publisher.pending() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(publisher.pending()).as("acknowledged records are deleted from the outbox").isZero();
    }
}
