package com.kcspeedshop.platform.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.platform.PlatformApiIntegrationTest;
import com.kcspeedshop.platform.identity.Role;
import com.kcspeedshop.platform.identity.issuer.DemoUsers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class VehicleRegistryIT extends PlatformApiIntegrationTest {

    private static final String ACCORD = "1HGCM82633A004352";
    private static final String GOLF = "WVWZZZ1JZXW000001";

    private final JsonMapper json = JsonMapper.builder().build();
    private String owner;
    private String technician;

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void emptyRegistry() {
        jdbc.sql("DELETE FROM vehicle_workshop_grant").update();
        jdbc.sql("DELETE FROM vehicle_registration").update();
        owner = token("registry-owner", Role.VEHICLE_OWNER, null);
        technician = token("registry-technician", Role.TECHNICIAN, DemoUsers.MIDTOWN);
    }

    @Test
    void shouldRegisterByVinWithOfflineDecodingAndListItForTheOwnerOnly() throws Exception {
        HttpResponse<String> created = send("POST", "/api/vehicles", owner,
                "{\"vin\":\"" + ACCORD + "\",\"odometerKm\":152000}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/vehicles/" + ACCORD);
        JsonNode body = json.readTree(created.body());
        assertThat(body.get("ownerSubject").asString()).isEqualTo("registry-owner");
        assertThat(body.get("odometerKm").asLong()).isEqualTo(152000);
        assertThat(body.get("decoded").get("manufacturer").asString()).isEqualTo("Honda");
        assertThat(body.get("decoded").get("modelYear").asInt()).isEqualTo(2003);
        assertThat(body.get("decoded").get("region").asString()).isEqualTo("North America");
        assertThat(body.get("externalData").size()).as("no external VIN provider by default").isZero();
        assertThat(jdbc.sql("SELECT manufacturer FROM vehicle_registration WHERE vin = :v").param("v", ACCORD)
                .query(String.class).single()).isEqualTo("Honda");

        assertThat(vins(get("/api/vehicles", owner))).contains(ACCORD);
        assertThat(vins(get("/api/vehicles", token("someone-else", Role.VEHICLE_OWNER, null)))).doesNotContain(ACCORD);
    }

    @Test
    void shouldRefuseBadVinsDuplicatesAndBadBodiesWithProblemDetails() throws Exception {
        assertProblem(send("POST", "/api/vehicles", owner, "{\"vin\":\"1HGCM82643A004352\"}"), 400, "Invalid VIN");
        assertProblem(send("POST", "/api/vehicles", owner, "{\"vin\":\"NOT-A-VIN\"}"), 400, "Invalid VIN");
        assertProblem(send("POST", "/api/vehicles", owner, "{\"odometerKm\":5}"), 400, null);
        assertProblem(send("POST", "/api/vehicles", owner, "{\"vin\":\"" + GOLF + "\",\"odometerKm\":-1}"), 400, null);
        assertProblem(send("POST", "/api/vehicles", owner, "this is not json"), 400, null);

        assertThat(send("POST", "/api/vehicles", owner, "{\"vin\":\"" + GOLF + "\"}").statusCode()).isEqualTo(201);
        assertProblem(send("POST", "/api/vehicles", token("second-owner", Role.VEHICLE_OWNER, null),
                "{\"vin\":\"" + GOLF + "\"}"), 409, "Vehicle already registered");
    }

    @Test
    void shouldKeepOdometerMonotonicAndExplainARefusal() throws Exception {
        send("POST", "/api/vehicles", owner, "{\"vin\":\"" + GOLF + "\",\"odometerKm\":1000}");

        assertThat(send("PUT", "/api/vehicles/" + GOLF + "/odometer", owner, "{\"km\":1000}").statusCode())
                .as("the same reading again is fine").isEqualTo(200);
        assertThat(json.readTree(send("PUT", "/api/vehicles/" + GOLF + "/odometer", owner, "{\"km\":1250}").body())
                .get("km").asLong()).isEqualTo(1250);
        HttpResponse<String> backwards = send("PUT", "/api/vehicles/" + GOLF + "/odometer", owner, "{\"km\":1249}");

        assertProblem(backwards, 409, "Odometer cannot go backwards");
        JsonNode problem = json.readTree(backwards.body());
        assertThat(problem.get("currentKm").asLong()).isEqualTo(1250);
        assertThat(problem.get("requestedKm").asLong()).isEqualTo(1249);
        assertThat(json.readTree(get("/api/vehicles/" + GOLF, owner).body()).get("odometerKm").asLong())
                .isEqualTo(1250);
    }

    @Test
    void shouldNeverLetConcurrentReadingsMoveTheOdometerBackwards() throws Exception {
        send("POST", "/api/vehicles", owner, "{\"vin\":\"" + GOLF + "\",\"odometerKm\":0}");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int km = 1; km <= 40; km++) {
                String body = "{\"km\":" + (km * 10) + "}";
                results.add(pool.submit(() -> send("PUT", "/api/vehicles/" + GOLF + "/odometer", owner, body)));
            }
            for (Future<HttpResponse<String>> result : results) {
                assertThat(result.get().statusCode()).isIn(200, 409);
            }
        } finally {
            pool.shutdownNow();
        }
        // whatever the order, the highest reading wins and nothing lower overwrote it
        assertThat(json.readTree(get("/api/vehicles/" + GOLF, owner).body()).get("odometerKm").asLong())
                .isEqualTo(400);
    }

    @Test
    void shouldLetTheAuthorisedWorkshopInAndOutAgainOnGrantAndRevoke() throws Exception {
        send("POST", "/api/vehicles", owner, "{\"vin\":\"" + GOLF + "\"}");
        assertThat(get("/api/vehicles/" + GOLF, technician).statusCode()).isEqualTo(404);

        assertThat(send("PUT", "/api/vehicles/" + GOLF + "/workshops/" + DemoUsers.MIDTOWN, owner, null)
                .statusCode()).isEqualTo(204);
        assertThat(get("/api/vehicles/" + GOLF, technician).statusCode()).isEqualTo(200);
        assertThat(vins(get("/api/vehicles", technician))).contains(GOLF);
        JsonNode workshops = json.readTree(get("/api/vehicles/" + GOLF + "/workshops", owner).body());
        assertThat(workshops.get(0).get("id").asString()).isEqualTo(DemoUsers.MIDTOWN.toString());
        // Northland's staff still see nothing: tenants are separate
        assertThat(get("/api/vehicles/" + GOLF, token("north-tech", Role.TECHNICIAN, DemoUsers.NORTHLAND))
                .statusCode()).isEqualTo(404);

        assertThat(send("DELETE", "/api/vehicles/" + GOLF + "/workshops/" + DemoUsers.MIDTOWN, owner, null)
                .statusCode()).isEqualTo(204);
        assertThat(get("/api/vehicles/" + GOLF, technician).statusCode()).isEqualTo(404);
        assertThat(vins(get("/api/vehicles", technician))).doesNotContain(GOLF);
    }

    @Test
    void shouldRefuseGrantToUnknownWorkshopAndMalformedIds() throws Exception {
        send("POST", "/api/vehicles", owner, "{\"vin\":\"" + GOLF + "\"}");

        assertProblem(send("PUT", "/api/vehicles/" + GOLF + "/workshops/00000000-0000-4000-8000-00000000dead",
                owner, null), 404, "Unknown workshop");
        assertProblem(send("PUT", "/api/vehicles/" + GOLF + "/workshops/not-a-uuid", owner, null), 400, null);
    }

    private List<String> vins(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> vins = new ArrayList<>();
        json.readTree(response.body()).forEach(v -> vins.add(v.get("vin").asString()));
        return vins;
    }

    private void assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (title != null) {
            assertThat(problem.get("title").asString()).isEqualTo(title);
        }
    }
}
