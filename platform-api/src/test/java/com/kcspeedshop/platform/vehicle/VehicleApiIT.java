package com.kcspeedshop.platform.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.platform.PlatformApiIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class VehicleApiIT extends PlatformApiIntegrationTest {

    private static final String VIN_A = "1HGCM82633A004352";
    private static final String VIN_B = "WVWZZZ1JZXW000001";
    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void emptyTables() {
        jdbc.sql("DELETE FROM signal_window").update();
        jdbc.sql("DELETE FROM vehicle").update();
    }

    @Override
    protected HttpResponse<String> get(String path) throws java.io.IOException, InterruptedException {
        // these tests read as an operator, who sees every vehicle; access rules are AuthorizationMatrixIT's
        return get(path, operatorToken());
    }

    @Test
    void shouldListVehiclesOrderedByVinWithIsoTimes() throws Exception {
        insertVehicle(VIN_B, T.plusSeconds(5), T.plusSeconds(50));
        insertVehicle(VIN_A, T, T.plusSeconds(90));

        HttpResponse<String> response = get("/api/vehicles");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.size()).isEqualTo(2);
        assertThat(body.get(0).get("vin").asString()).isEqualTo(VIN_A);
        assertThat(Instant.parse(body.get(0).get("firstSeen").asString())).isEqualTo(T);
        assertThat(Instant.parse(body.get(0).get("lastSeen").asString())).isEqualTo(T.plusSeconds(90));
        assertThat(body.get(1).get("vin").asString()).isEqualTo(VIN_B);
    }

    @Test
    void shouldReturnNewestWindowOfEachSignal() throws Exception {
        insertVehicle(VIN_A, T, T.plusSeconds(30));
        insertWindow(VIN_A, "COOLANT_TEMP", "degC", T, 85.0, 86.0, 85.5, 10);
        insertWindow(VIN_A, "COOLANT_TEMP", "degC", T.plusSeconds(20), 90.0, 92.0, 91.25, 12);
        insertWindow(VIN_A, "COOLANT_TEMP", "degC", T.plusSeconds(10), 87.0, 89.0, 88.0, 11);
        insertWindow(VIN_A, "ENGINE_RPM", "rpm", T.plusSeconds(10), 800.0, 2400.0, 1650.5, 40);
        insertVehicle(VIN_B, T, T);
        insertWindow(VIN_B, "COOLANT_TEMP", "degC", T.plusSeconds(60), 20.0, 21.0, 20.5, 3);

        HttpResponse<String> response = get("/api/vehicles/" + VIN_A + "/signals/latest");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.size()).isEqualTo(2);
        JsonNode coolant = body.get(0);
        assertThat(coolant.get("signal").asString()).isEqualTo("COOLANT_TEMP");
        assertThat(coolant.get("unit").asString()).isEqualTo("degC");
        assertThat(Instant.parse(coolant.get("windowStart").asString())).isEqualTo(T.plusSeconds(20));
        assertThat(Instant.parse(coolant.get("windowEnd").asString())).isEqualTo(T.plusSeconds(30));
        assertThat(coolant.get("min").asDouble()).isEqualTo(90.0);
        assertThat(coolant.get("max").asDouble()).isEqualTo(92.0);
        assertThat(coolant.get("mean").asDouble()).isEqualTo(91.25);
        assertThat(coolant.get("count").asLong()).isEqualTo(12);
        assertThat(body.get(1).get("signal").asString()).isEqualTo("ENGINE_RPM");
        assertThat(body.get(1).get("mean").asDouble()).isEqualTo(1650.5);
    }

    @Test
    void shouldReturnEmptyListForKnownVehicleWithoutWindows() throws Exception {
        insertVehicle(VIN_A, T, T);

        HttpResponse<String> response = get("/api/vehicles/" + VIN_A + "/signals/latest");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).isArray()).isTrue();
        assertThat(json.readTree(response.body()).size()).isZero();
    }

    @Test
    void shouldAnswerMalformedVinWithBadRequestProblem() throws Exception {
        for (String malformed : new String[] {"not-a-vin", "1hgcm82633a004352", "1HGCM82633A00435Q"}) {
            HttpResponse<String> response = get("/api/vehicles/" + malformed + "/signals/latest");

            assertProblem(response, 400, "Invalid VIN");
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("detail").asString()).contains("17 characters").contains(malformed);
            assertThat(problem.get("vin").asString()).isEqualTo(malformed);
        }
    }

    @Test
    void shouldAnswerUnknownVinWithNotFoundProblem() throws Exception {
        insertVehicle(VIN_A, T, T);

        HttpResponse<String> response = get("/api/vehicles/" + VIN_B + "/signals/latest");

        assertProblem(response, 404, "Unknown vehicle");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("detail").asString()).isEqualTo("No vehicle with VIN " + VIN_B
                + " that you may see");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/vehicles/" + VIN_B + "/signals/latest");
    }

    private void assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isEqualTo(title);
    }

    private void insertVehicle(String vin, Instant firstSeen, Instant lastSeen) {
        jdbc.sql("INSERT INTO vehicle (vin, first_seen, last_seen) VALUES (?, ?, ?)")
                .params(vin, utc(firstSeen), utc(lastSeen)).update();
    }

    private void insertWindow(String vin, String signal, String unit, Instant start, double min, double max,
                              double mean, long count) {
        jdbc.sql("""
                INSERT INTO signal_window (vin, signal, unit, window_start, window_end, min_value, max_value,
                                           mean_value, sample_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(vin, signal, unit, utc(start), utc(start.plusSeconds(10)), min, max, mean, count).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
