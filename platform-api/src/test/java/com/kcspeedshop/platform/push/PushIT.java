package com.kcspeedshop.platform.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertSeverity;
import com.kcspeedshop.events.AlertState;
import com.kcspeedshop.platform.PlatformApiIntegrationTest;
import com.kcspeedshop.platform.identity.Role;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Web Push end to end: subscribe over REST, an alert arrives, the push endpoint verifies VAPID and decrypts it. */
class PushIT extends PlatformApiIntegrationTest {

    private static final String USER = "push-it-user";
    private static final String VIN = "1HGCM82633A004352";

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private PushService push;
    @Autowired
    private JdbcClient jdbc;

    private TestPushService pushService;

    @BeforeEach
    void pushEndpoint() throws Exception {
        jdbc.sql("DELETE FROM push_outbox").update();
        jdbc.sql("DELETE FROM push_subscription").update();
        jdbc.sql("DELETE FROM push_preference").update();
        pushService = new TestPushService();
    }

    @AfterEach
    void stop() {
        pushService.close();
    }

    @Test
    void anAlertReachesTheBrowserEncryptedAndSignedOnceAndGoneDevicesAreForgotten() throws Exception {
        assertThat(subscribe(pushService.origin() + "/push/phone-1", "phone").statusCode()).isEqualTo(201);
        assertThat(subscribe(pushService.origin() + "/gone/old-laptop", "laptop").statusCode()).isEqualTo(201);
        String vapidKey = json.readTree(get("/api/push/vapid-public-key", user()).body()).get("publicKey").asString();

        Alert raised = new Alert("alert-42", VIN, "overheating", AlertSeverity.CRITICAL, AlertState.RAISED,
                Instant.now(), "Coolant 118 degC for 60 s");
        assertThat(push.onAlert(raised, List.of(USER))).isEqualTo(1);
        assertThat(push.onAlert(raised, List.of(USER))).as("a redelivered alert event is queued once").isZero();
        Alert sameSeverity = new Alert("alert-42", VIN, "overheating", AlertSeverity.CRITICAL, AlertState.UPDATED,
                Instant.now(), "Coolant 119 degC");
        assertThat(push.onAlert(sameSeverity, List.of(USER))).as("a mere update does not buzz again").isZero();
        push.deliverDue(100);

        awaitReceived(1);
        TestPushService.Received message = pushService.received.get(0);
        assertThat(pushService.refused).isEmpty();
        assertThat(message.vapidKey()).isEqualTo(vapidKey);
        assertThat(message.payload().get("title").asString()).isEqualTo("Overheating");
        assertThat(message.payload().get("alertId").asString()).isEqualTo("alert-42");
        assertThat(message.payload().get("body").asString()).contains("118");
        assertThat(message.urgency()).isEqualTo("high");
        assertThat(json.readTree(get("/api/push/subscriptions", user()).body()).size())
                .as("the 410 subscription is removed").isEqualTo(1);

        push.deliverDue(100);
        assertThat(pushService.received).as("nothing is sent twice").hasSize(1);
    }

    @Test
    void preferencesFilterBySeverity() throws Exception {
        subscribe(pushService.origin() + "/push/phone-2", "phone");
        HttpResponse<String> saved = put("/api/push/preferences",
                "{\"minSeverity\":\"CRITICAL\",\"delivery\":\"IMMEDIATE\",\"timeZone\":\"Europe/Berlin\"}");
        assertThat(saved.statusCode()).isEqualTo(200);
        Alert warning = new Alert("alert-43", VIN, "low_battery", AlertSeverity.WARNING, AlertState.RAISED,
                Instant.now(), "12.0 V with the engine off");
        assertThat(push.onAlert(warning, List.of(USER))).isZero();
        assertThat(put("/api/push/preferences", "{\"timeZone\":\"Mars/Olympus\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void badSubscriptionsAreProblemDetails() throws Exception {
        HttpResponse<String> noKeys = post("/api/push/subscriptions", "{\"endpoint\":\"https://push.example/x\"}");
        assertThat(noKeys.statusCode()).isEqualTo(400);
        assertThat(noKeys.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> badKey = post("/api/push/subscriptions", """
                {"endpoint":"https://push.example/x","keys":{"p256dh":"AAAA","auth":"%s"}}"""
                .formatted(pushService.authSecret()));
        assertThat(badKey.statusCode()).isEqualTo(400);
        HttpResponse<String> ftp = post("/api/push/subscriptions", """
                {"endpoint":"ftp://push.example/x","keys":{"p256dh":"%s","auth":"%s"}}"""
                .formatted(pushService.p256dh(), pushService.authSecret()));
        assertThat(ftp.statusCode()).isEqualTo(400);
    }

    private void awaitReceived(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (pushService.received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(pushService.received).hasSize(count);
    }

    private HttpResponse<String> subscribe(String endpoint, String device) throws Exception {
        return post("/api/push/subscriptions", """
                {"endpoint":"%s","keys":{"p256dh":"%s","auth":"%s"},"device":"%s"}"""
                .formatted(endpoint, pushService.p256dh(), pushService.authSecret(), device));
    }

    private String user() {
        return token(USER, Role.VEHICLE_OWNER, null);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send("POST", path, user(), body);
    }

    private HttpResponse<String> put(String path, String body) throws Exception {
        return send("PUT", path, user(), body);
    }
}
