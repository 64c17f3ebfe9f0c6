package com.kcspeedshop.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.platform.PlatformApiIntegrationTest;
import com.kcspeedshop.platform.identity.Role;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HealthApiIT extends PlatformApiIntegrationTest {

    private static final String VIN = "1HGCM82633A004352";
    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void empty() {
        jdbc.sql("DELETE FROM health_score").update();
        jdbc.sql("DELETE FROM vehicle_workshop_grant").update();
        jdbc.sql("DELETE FROM vehicle_registration").update();
        jdbc.sql("INSERT INTO vehicle_registration (vin, owner_subject) VALUES (:vin, 'health-owner')")
                .param("vin", VIN).update();
    }

    private void score(String subsystem, Instant at, double score, String contributions) {
        jdbc.sql("""
                        INSERT INTO health_score (vin, subsystem, computed_at, score, contributions)
                        VALUES (:vin, :s, :at, :score, CAST(:c AS jsonb))""")
                .param("vin", VIN).param("s", subsystem).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("score", score).param("c", contributions).update();
    }

    private String owner() {
        return token("health-owner", Role.VEHICLE_OWNER, null);
    }

    @Test
    void latestPerSubsystemWithItsExplanationOverallFirst() throws Exception {
        score("cooling", T, 100, "[]");
        score("cooling", T.plusSeconds(10), 72.5,
                "[{\"signal\":\"COOLANT_TEMP\",\"value\":112.0,\"threshold\":105.0,\"penalty\":27.5}]");
        score("overall", T.plusSeconds(10), 80, "[]");
        score("charging", T, 95, "[]");

        JsonNode latest = json.readTree(get("/api/vehicles/" + VIN + "/health", owner()).body());
        assertThat(latest.size()).isEqualTo(3);
        assertThat(latest.get(0).get("subsystem").asString()).isEqualTo("overall");
        JsonNode cooling = latest.get(2);
        assertThat(cooling.get("subsystem").asString()).isEqualTo("cooling");
        assertThat(cooling.get("score").asDouble()).isEqualTo(72.5);
        JsonNode reason = cooling.get("explanation").get(0);
        assertThat(reason.get("signal").asString()).isEqualTo("COOLANT_TEMP");
        assertThat(reason.get("threshold").asDouble()).isEqualTo(105.0);
        assertThat(reason.get("penalty").asDouble()).isEqualTo(27.5);
    }

    @Test
    void historyIsThinnedKeepingTheDips() throws Exception {
        for (int i = 0; i < 100; i++) {
            score("overall", T.plusSeconds(10L * i), i == 37 ? 12 : 90, "[]");
        }
        JsonNode history = json.readTree(get("/api/vehicles/" + VIN + "/health/history?from=" + T + "&to="
                + T.plusSeconds(1000) + "&max=10", owner()).body());
        assertThat(history.size()).isEqualTo(10);
        assertThat(history.findValuesAsString("score")).isNotEmpty();
        assertThat(history.findValues("score").stream().mapToDouble(JsonNode::asDouble).min().orElseThrow())
                .as("the dip survives thinning").isEqualTo(12);
        assertThat(get("/api/vehicles/not-a-vin/health", owner()).statusCode()).isEqualTo(400);
        assertThat(get("/api/vehicles/" + VIN + "/health", token("someone-else", Role.VEHICLE_OWNER, null))
                .statusCode()).as("another owner's car is invisible").isEqualTo(404);
        assertThat(get("/api/vehicles/" + VIN + "/health").statusCode()).isEqualTo(401);
    }
}
