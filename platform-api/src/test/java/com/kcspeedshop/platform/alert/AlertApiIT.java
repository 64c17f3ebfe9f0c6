package com.kcspeedshop.platform.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertSeverity;
import com.kcspeedshop.events.AlertState;
import com.kcspeedshop.platform.PlatformApiIntegrationTest;
import com.kcspeedshop.platform.identity.Role;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Alert lifecycle: stream events (repeated, late) and the people's workflow on top, then booking from the alert. */
class AlertApiIT extends PlatformApiIntegrationTest {

    private static final String VIN = "1HGCM82633A004352";
    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private AlertStore store;
    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void empty() {
        jdbc.sql("DELETE FROM vehicle_alert_event").update();
        jdbc.sql("DELETE FROM vehicle_alert").update();
        jdbc.sql("DELETE FROM vehicle_workshop_grant").update();
        jdbc.sql("DELETE FROM vehicle_registration").update();
        jdbc.sql("INSERT INTO vehicle_registration (vin, owner_subject) VALUES (:vin, 'alert-owner')")
                .param("vin", VIN).update();
    }

    private String owner() {
        return token("alert-owner", Role.VEHICLE_OWNER, null);
    }

    private static Alert event(String id, AlertState state, AlertSeverity severity, Instant at, String message) {
        return new Alert(id, VIN, "overheating", severity, state, at, message);
    }

    @Test
    void streamEventsAreIdempotentAndNeverMoveAnAlertBack() throws Exception {
        Alert raised = event("a-1", AlertState.RAISED, AlertSeverity.WARNING, T, "112 degC");
        store.apply(raised);
        store.apply(event("a-1", AlertState.UPDATED, AlertSeverity.CRITICAL, T.plusSeconds(60), "119 degC"));
        store.apply(raised); // redelivered, late
        JsonNode alert = json.readTree(get("/api/alerts/a-1", owner()).body());
        assertThat(alert.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(alert.get("message").asString()).isEqualTo("119 degC");
        assertThat(alert.get("status").asString()).isEqualTo("OPEN");
        assertThat(alert.get("timeline").size()).isEqualTo(2);

        store.apply(event("a-1", AlertState.CLEARED, AlertSeverity.CRITICAL, T.plusSeconds(300), "back to 90 degC"));
        store.apply(event("a-1", AlertState.UPDATED, AlertSeverity.CRITICAL, T.plusSeconds(120), "late update"));
        alert = json.readTree(get("/api/alerts/a-1", owner()).body());
        assertThat(alert.get("status").asString()).as("auto-cleared by the stream").isEqualTo("CLEARED");
        assertThat(alert.get("message").asString()).isEqualTo("back to 90 degC");
        assertThat(json.readTree(get("/api/alerts?active=true", owner()).body()).size()).isZero();
    }

    @Test
    void acknowledgeAssignResolve() throws Exception {
        store.apply(event("a-2", AlertState.RAISED, AlertSeverity.WARNING, T, "112 degC"));
        JsonNode acked = json.readTree(post("/api/alerts/a-2/acknowledge", "").body());
        assertThat(acked.get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(acked.get("acknowledgedBy").asString()).isNotBlank();
        assertThat(post("/api/alerts/a-2/assign", "{\"technician\":\"tech.ana\"}").statusCode())
                .as("owners do not assign technicians").isEqualTo(403);
        JsonNode assigned = json.readTree(send("POST", "/api/alerts/a-2/assign", operatorToken(),
                "{\"technician\":\"tech.ana\"}").body());
        assertThat(assigned.get("assignedTo").asString()).isEqualTo("tech.ana");
        assertThat(send("POST", "/api/alerts/a-2/assign", operatorToken(), "{}").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/alerts/a-2/acknowledge", token("stranger", Role.VEHICLE_OWNER, null), null)
                .statusCode()).as("another owner's alert is invisible").isEqualTo(404);
        JsonNode resolved = json.readTree(post("/api/alerts/a-2/resolve", "{\"note\":\"new thermostat\"}").body());
        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get("resolutionNote").asString()).isEqualTo("new thermostat");
        // the stream may still report the episode later; the person's resolution stands
        store.apply(event("a-2", AlertState.UPDATED, AlertSeverity.WARNING, T.plusSeconds(30), "113 degC"));
        assertThat(json.readTree(get("/api/alerts/a-2", owner()).body()).get("status").asString()).isEqualTo("RESOLVED");
        assertThat(post("/api/alerts/nope/acknowledge", "").statusCode()).isEqualTo(404);
    }

    @Test
    void anAlertSuggestsTheServiceAndFreeSlotsOfAWorkshop() throws Exception {
        store.apply(event("a-3", AlertState.RAISED, AlertSeverity.WARNING, T, "112 degC"));
        // the context is shared: remove only this test's workshops, never the seeded demo tenants
        jdbc.sql("DELETE FROM booking").update();
        jdbc.sql("DELETE FROM workshop WHERE name LIKE 'IT %'").update();
        UUID workshop = jdbc.sql("INSERT INTO workshop (id, name, time_zone) VALUES (gen_random_uuid(), 'IT KC', 'UTC') RETURNING id")
                .query(UUID.class).single();
        for (int day = 1; day <= 7; day++) {
            jdbc.sql("INSERT INTO workshop_hours VALUES (:w, :d, '00:00', '23:59')").param("w", workshop)
                    .param("d", day).update();
        }
        jdbc.sql("INSERT INTO bay (workshop_id, name, capabilities) VALUES (:w, 'Bay 1', '{lift}')")
                .param("w", workshop).update();
        jdbc.sql("INSERT INTO technician (workshop_id, name, skills) VALUES (:w, 'Ana', '{engine}')")
                .param("w", workshop).update();
        jdbc.sql("INSERT INTO service_type (workshop_id, code, name, duration_minutes, required_capability,"
                + " required_skill) VALUES (:w, 'COOLING_CHECK', 'Cooling check', 60, 'lift', 'engine')")
                .param("w", workshop).update();

        HttpResponse<String> response = get("/api/alerts/a-3/booking-suggestion?workshopId=" + workshop + "&limit=3", owner());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode suggestion = json.readTree(response.body());
        assertThat(suggestion.get("serviceCode").asString()).isEqualTo("COOLING_CHECK");
        assertThat(suggestion.get("slots").size()).isEqualTo(3);
        assertThat(get("/api/alerts/a-3/booking-suggestion?workshopId=" + UUID.randomUUID(), owner()).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send("POST", path, owner(), body.isEmpty() ? null : body);
    }
}
