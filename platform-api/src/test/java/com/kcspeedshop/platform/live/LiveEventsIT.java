package com.kcspeedshop.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertSeverity;
import com.kcspeedshop.events.AlertState;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.HealthContribution;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.Topics;
import com.kcspeedshop.platform.PlatformApiIntegrationTest;
import com.kcspeedshop.platform.RealInfrastructure;
import com.kcspeedshop.platform.identity.Role;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health scores and alerts from Kafka: pushed live to the WebSocket clients that may see the vehicle, and each alert
 * recorded once (even when redelivered) with a push notification queued for the owner and the authorised workshop.
 */
class LiveEventsIT extends PlatformApiIntegrationTest {

    private static final String MINE = "1HGCM82633A000029";
    private static final String NOT_MINE = "1HGCM82633A000030";
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
        jdbc.sql("DELETE FROM push_outbox").update();
        jdbc.sql("DELETE FROM push_subscription").update();
        jdbc.sql("INSERT INTO vehicle_registration (vin, owner_subject) VALUES (:vin, 'events-owner')")
                .param("vin", MINE).update();
        // the owner's phone; nothing is delivered to it here (the outbox is what this test checks)
        jdbc.sql("""
                        INSERT INTO push_subscription (username, endpoint, p256dh, auth)
                        VALUES ('events-owner', 'https://push.invalid/phone', 'k', 'a')""").update();
    }

    @Test
    void healthScoresAndAlertsReachOnlyThoseWhoMaySeeTheVehicle() throws Exception {
        String token = token("events-owner", Role.VEHICLE_OWNER, null);
        int before = hub.subscriberCount();
        try (SocketClient owner = SocketClient.connect(http,
                URI.create("ws://localhost:" + port + "/ws/signals?access_token=" + token))) {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (hub.subscriberCount() <= before && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Instant at = Instant.parse("2026-11-25T14:00:00Z");
            // the other car's events first: if the filter leaked, they would arrive first
            send(Topics.HEALTH_SCORES, NOT_MINE, Events.HEALTH_SCORE.encode(new HealthScore(NOT_MINE, "overall", at,
                    50, List.of())));
            send(Topics.HEALTH_SCORES, MINE, Events.HEALTH_SCORE.encode(new HealthScore(MINE, "cooling", at, 72.5,
                    List.of(new HealthContribution("COOLANT_TEMP", 112, 105, 27.5)))));
            Alert alert = new Alert("events-alert-1", MINE, "overheating", AlertSeverity.CRITICAL, AlertState.RAISED,
                    at, "Coolant 118 degC for 60 s");
            send(Topics.ALERTS, MINE, Events.ALERT.encode(alert));
            send(Topics.ALERTS, MINE, Events.ALERT.encode(alert)); // at-least-once: a duplicate

            // two topics, two listeners: no order between a score and an alert, so collect both
            JsonNode score = null;
            JsonNode live = null;
            while (score == null || live == null) {
                String text = owner.next(TIMEOUT);
                assertThat(text).as("a score and an alert within " + TIMEOUT).isNotNull();
                JsonNode message = json.readTree(text);
                assertThat(message.get("vin").asString()).as("only the owner's car").isEqualTo(MINE);
                if (message.get("type").asString().equals("health-score")) {
                    score = message;
                } else if (message.get("type").asString().equals("alert")) {
                    live = message;
                }
            }
            assertThat(score.get("explanation").get(0).get("signal").asString()).isEqualTo("COOLANT_TEMP");
            assertThat(score.get("score").asDouble()).isEqualTo(72.5);
            assertThat(live.get("alertId").asString()).isEqualTo("events-alert-1");
            assertThat(live.get("severity").asString()).isEqualTo("CRITICAL");
        }

        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (outboxRows() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(500); // let the duplicate be processed too
        assertThat(outboxRows()).as("one notification despite the duplicate").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM vehicle_alert_event WHERE alert_id = 'events-alert-1'")
                .query(Long.class).single()).isEqualTo(1);
        JsonNode listed = json.readTree(get("/api/alerts?vin=" + MINE, token("events-owner", Role.VEHICLE_OWNER,
                null)).body());
        assertThat(listed.get(0).get("alertId").asString()).isEqualTo("events-alert-1");
    }

    private long outboxRows() {
        return jdbc.sql("SELECT count(*) FROM push_outbox WHERE alert_id = 'events-alert-1'"
                + " AND username = 'events-owner'").query(Long.class).single();
    }

    private static void send(String topic, String vin, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(topic, vin, value)).get();
    }
}
