package com.kcspeedshop.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.SignalWindow;
import com.kcspeedshop.events.Topics;
import com.kcspeedshop.platform.PlatformApiIntegrationTest;
import com.kcspeedshop.platform.RealInfrastructure;
import com.kcspeedshop.platform.identity.Role;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** An owner's "every vehicle" subscription carries only the owner's vehicles; the rest is the matrix's business. */
class LiveSignalsAccessIT extends PlatformApiIntegrationTest {

    private static final String MINE = "1HGCM82633A000011";
    private static final String NOT_MINE = "1HGCM82633A000012";
    private static KafkaProducer<String, byte[]> producer;

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private LiveSignalHub hub;
    @Autowired
    private JdbcClient jdbc;

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

    @BeforeEach
    void ownOneVehicle() {
        jdbc.sql("DELETE FROM vehicle_workshop_grant").update();
        jdbc.sql("DELETE FROM vehicle_registration").update();
        jdbc.sql("INSERT INTO vehicle_registration (vin, owner_subject) VALUES (:vin, 'live-owner')")
                .param("vin", MINE).update();
    }

    @Test
    void shouldPushOnlyTheOwnersVehiclesToTheirEveryVehicleSubscription() throws Exception {
        String token = token("live-owner", Role.VEHICLE_OWNER, null);
        int before = hub.subscriberCount();
        try (SocketClient owner = SocketClient.connect(http,
                URI.create("ws://localhost:" + port + "/ws/signals?access_token=" + token))) {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (hub.subscriberCount() <= before && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            // the other car's window first: if the filter leaked, it would be the first message
            send(NOT_MINE, 0);
            send(MINE, 1);

            String first = owner.next(TIMEOUT);

            assertThat(first).as("a window within " + TIMEOUT).isNotNull();
            assertThat(json.readTree(first).get("vin").asString()).isEqualTo(MINE);
            assertThat(owner.next(Duration.ofMillis(300))).isNull();
        }
    }

    private static void send(String vin, int second) throws Exception {
        Instant start = Instant.parse("2026-11-25T13:00:00Z").plusSeconds(second);
        SignalWindow window = new SignalWindow(vin, "ENGINE_RPM", "rpm", start, start.plusSeconds(1), 800, 900, 850, 3);
        producer.send(new ProducerRecord<>(Topics.SIGNAL_WINDOWS, vin, Events.SIGNAL_WINDOW.encode(window))).get();
    }
}
