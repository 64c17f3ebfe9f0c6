package com.kcspeedshop.platform.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.platform.PlatformApiIntegrationTest;
import com.kcspeedshop.platform.identity.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Booking over HTTP: availability, idempotent holds, conflicts and bad input as RFC 7807 problem details. */
class BookingApiIT extends PlatformApiIntegrationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String VIN = "1HGCM82633A004352";

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private JdbcClient jdbc;

    private UUID workshop;
    private long bay;
    private long technician;
    private long service;
    private Instant nextMondayNine;

    @BeforeEach
    void workshop() {
        // the context is shared: remove only this test's workshops, never the seeded demo tenants
        jdbc.sql("DELETE FROM booking").update();
        jdbc.sql("DELETE FROM workshop WHERE name LIKE 'IT %'").update();
        workshop = jdbc.sql("INSERT INTO workshop (id, name, time_zone) VALUES (gen_random_uuid(), 'IT KC Berlin', 'Europe/Berlin') RETURNING id")
                .query(UUID.class).single();
        jdbc.sql("INSERT INTO workshop_hours VALUES (:w, 1, '08:00', '17:00')").param("w", workshop).update();
        bay = jdbc.sql("INSERT INTO bay (workshop_id, name, capabilities) VALUES (:w, 'Bay 1', '{lift}') RETURNING id")
                .param("w", workshop).query(Long.class).single();
        technician = jdbc.sql("INSERT INTO technician (workshop_id, name, skills) VALUES (:w, 'Ana', '{engine}')"
                + " RETURNING id").param("w", workshop).query(Long.class).single();
        service = jdbc.sql("INSERT INTO service_type (workshop_id, code, name, duration_minutes, required_capability,"
                        + " required_skill) VALUES (:w, 'COOLING_CHECK', 'Cooling check', 60, 'lift', 'engine')"
                        + " RETURNING id").param("w", workshop).query(Long.class).single();
        jdbc.sql("DELETE FROM vehicle_workshop_grant").update();
        jdbc.sql("DELETE FROM vehicle_registration").update();
        jdbc.sql("INSERT INTO vehicle_registration (vin, owner_subject) VALUES (:vin, 'booking-owner')")
                .param("vin", VIN).update();
        LocalDate monday = LocalDate.now(BERLIN).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        nextMondayNine = monday.atTime(LocalTime.of(9, 0)).atZone(BERLIN).toInstant();
    }

    @Test
    void searchHoldRetryConflictAndConfirm() throws Exception {
        HttpResponse<String> slots = get("/api/workshops/" + workshop + "/availability?service=" + service
                + "&from=" + nextMondayNine + "&to=" + nextMondayNine.plusSeconds(3 * 3600) + "&step=PT1H", owner());
        assertThat(slots.statusCode()).isEqualTo(200);
        JsonNode offered = json.readTree(slots.body());
        assertThat(offered.size()).isEqualTo(3);
        assertThat(Instant.parse(offered.get(0).get("range").get("start").asString())).isEqualTo(nextMondayNine);

        String body = """
                {"workshopId": "%s", "serviceTypeId": %d, "vin": "%s", "bayId": %d, "technicianId": %d,
                 "start": "%s"}""".formatted(workshop, service, VIN, bay, technician, nextMondayNine);
        HttpResponse<String> first = post("/api/bookings", body, "retry-1");
        HttpResponse<String> retry = post("/api/bookings", body, "retry-1");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        String id = json.readTree(first.body()).get("id").asString();
        assertThat(json.readTree(retry.body()).get("id").asString()).as("a retry gets the same booking").isEqualTo(id);
        assertThat(json.readTree(first.body()).get("status").asString()).isEqualTo("HELD");

        HttpResponse<String> conflict = post("/api/bookings", body, "someone-else");
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(conflict.body()).get("title").asString()).isEqualTo("Slot taken");

        assertThat(send("GET", "/api/bookings/" + id, token("nosy", Role.VEHICLE_OWNER, null), null).statusCode())
                .as("someone else's booking is invisible").isEqualTo(404);
        assertThat(get("/api/workshops/" + workshop + "/bookings?from=" + nextMondayNine + "&to="
                + nextMondayNine.plusSeconds(3600), owner()).statusCode()).as("the calendar is for staff").isEqualTo(403);
        assertThat(json.readTree(get("/api/workshops/" + workshop + "/bookings?from=" + nextMondayNine + "&to="
                + nextMondayNine.plusSeconds(3600), token("staff", Role.WORKSHOP_ADMIN, workshop)).body()).size())
                .isEqualTo(1);
        HttpResponse<String> confirmed = post("/api/bookings/" + id + "/confirm", "", null);
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(confirmed.body()).get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void badInputIsAProblemDetail() throws Exception {
        HttpResponse<String> malformed = post("/api/bookings", "{not json", null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> closed = post("/api/bookings", """
                {"workshopId": "%s", "serviceTypeId": %d, "vin": "%s", "bayId": %d, "technicianId": %d,
                 "start": "%s"}""".formatted(workshop, service, VIN, bay, technician,
                nextMondayNine.minusSeconds(3 * 3600)), null);
        assertThat(closed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(closed.body()).get("detail").asString()).contains("not open throughout");

        assertThat(get("/api/bookings/00000000-0000-0000-0000-000000000000", owner()).statusCode()).isEqualTo(404);
        assertThat(get("/api/workshops/" + workshop + "/availability?service=" + service + "&from="
                + nextMondayNine + "&to=" + nextMondayNine.minusSeconds(60), owner()).statusCode()).isEqualTo(400);
    }

    private String owner() {
        return token("booking-owner", Role.VEHICLE_OWNER, null);
    }

    private HttpResponse<String> post(String path, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + owner())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
