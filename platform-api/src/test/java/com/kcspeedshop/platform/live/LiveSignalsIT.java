package com.kcspeedshop.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.SignalWindow;
import com.kcspeedshop.events.Topics;
import com.kcspeedshop.platform.PlatformApiIntegrationTest;
import com.kcspeedshop.platform.RealInfrastructure;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LiveSignalsIT extends PlatformApiIntegrationTest {

    private static final Instant T = Instant.parse("2026-11-25T12:00:00Z");

    private static KafkaProducer<String, byte[]> producer;

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private LiveSignalHub hub;

    @BeforeAll
    static void startProducer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stopProducer() {
        producer.close(Duration.ofSeconds(5));
    }

    @Test
    void shouldPushWindowOnlyToClientsSubscribedToItsVin() throws Exception {
        String vinA = "1HGCM82633A000001";
        String vinB = "1HGCM82633A000002";
        try (SocketClient clientA = subscribe("?vin=" + vinA);
             SocketClient clientB = subscribe("?vin=" + vinB);
             SocketClient everyCar = subscribe("")) {
            awaitSubscribers(3);
            SignalWindow windowA = window(vinA, "COOLANT_TEMP", "degC", 0, 88.0, 92.5, 90.25, 10);
            SignalWindow windowB = window(vinB, "ENGINE_RPM", "rpm", 1, 750.0, 2100.0, 1420.5, 25);

            send(vinA, Events.SIGNAL_WINDOW.encode(windowA));
            JsonNode toA = json.readTree(next(clientA));
            send(vinB, Events.SIGNAL_WINDOW.encode(windowB));

            assertThat(toA.get("type").asString()).isEqualTo("signal-window");
            assertThat(toA.get("vin").asString()).isEqualTo(vinA);
            assertThat(toA.get("signal").asString()).isEqualTo("COOLANT_TEMP");
            assertThat(toA.get("unit").asString()).isEqualTo("degC");
            assertThat(toA.get("windowStart").asString()).isEqualTo("2026-11-25T12:00:00Z");
            assertThat(toA.get("windowEnd").asString()).isEqualTo("2026-11-25T12:00:01Z");
            assertThat(toA.get("min").asDouble()).isEqualTo(88.0);
            assertThat(toA.get("max").asDouble()).isEqualTo(92.5);
            assertThat(toA.get("mean").asDouble()).isEqualTo(90.25);
            assertThat(toA.get("count").asLong()).isEqualTo(10);
            // B's first message is B's window: A's window, produced earlier, never reached it
            assertThat(json.readTree(next(clientB)).get("vin").asString()).isEqualTo(vinB);
            assertThat(clientA.next(Duration.ofMillis(300))).as("A must not get B's window").isNull();
            assertThat(vinsReceived(everyCar, Set.of(vinA, vinB))).containsExactlyInAnyOrder(vinA, vinB);
        }
    }

    @Test
    void shouldKeepPushingAfterUndecodableRecords() throws Exception {
        String vin = "1HGCM82633A000003";
        try (SocketClient client = subscribe("?vin=" + vin)) {
            awaitSubscribers(1);
            send(vin, "{\"vin\":\"json is not the wire format\"}".getBytes(StandardCharsets.UTF_8));
            send(vin, new byte[0]);
            send(vin, Events.OBD_READING.encode(new ObdReading(vin, "ENGINE_RPM", 900, "rpm", T, "sim-1", 1L, "7E8")));
            send(vin, Events.SIGNAL_WINDOW.encode(window(vin, "ENGINE_LOAD", "%", 5, 10.0, 30.0, 21.5, 8)));

            JsonNode pushed = json.readTree(next(client));

            assertThat(pushed.get("signal").asString()).isEqualTo("ENGINE_LOAD");
            assertThat(pushed.get("mean").asDouble()).isEqualTo(21.5);
        }
    }

    @Test
    void shouldCloseWithPolicyViolationAfterExplainingMalformedVin() throws Exception {
        try (SocketClient client = subscribe("?vin=not-a-vin")) {
            JsonNode error = json.readTree(next(client));

            assertThat(error.get("type").asString()).isEqualTo("error");
            assertThat(error.get("message").asString()).contains("17 characters").contains("not-a-vin");
            assertThat(client.awaitClose(TIMEOUT)).isEqualTo(1008);
        }
    }

    // as an operator, who may see every vehicle; who may subscribe to what is LiveSignalsAccessIT's subject
    private SocketClient subscribe(String query) {
        String auth = (query.isEmpty() ? "?" : "&") + "access_token=" + operatorToken();
        return SocketClient.connect(http, URI.create("ws://localhost:" + port + "/ws/signals" + query + auth));
    }

    // the handshake completes a moment before the server registers the session
    private void awaitSubscribers(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (hub.subscriberCount() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(hub.subscriberCount()).isGreaterThanOrEqualTo(count);
    }

    private static String next(SocketClient client) throws InterruptedException {
        String message = client.next(TIMEOUT);
        assertThat(message).as("a message within " + TIMEOUT).isNotNull();
        return message;
    }

    private Set<String> vinsReceived(SocketClient client, Set<String> wanted) throws InterruptedException {
        Set<String> seen = new HashSet<>();
        while (!seen.containsAll(wanted)) {
            String vin = json.readTree(next(client)).get("vin").asString();
            if (wanted.contains(vin)) {
                seen.add(vin);
            }
        }
        return seen;
    }

    private static void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.SIGNAL_WINDOWS, key, value)).get();
    }

    private static SignalWindow window(String vin, String signal, String unit, int second, double min, double max,
                                       double mean, long count) {
        Instant start = T.plusSeconds(second);
        return new SignalWindow(vin, signal, unit, start, start.plusSeconds(1), min, max, mean, count);
    }
}
