package com.kcspeedshop.platform.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.platform.PlatformApiIntegrationTest;
import com.kcspeedshop.platform.identity.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A schedule by distance and time, its reminder as an alert (raised when due soon, escalated when overdue, pushed to
 * the owner), and logging the service resets the schedule and clears the reminder.
 */
class MaintenanceIT extends PlatformApiIntegrationTest {

    private static final String VIN = "1HGCM82633A000037";

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private MaintenanceService maintenance;
    @Autowired
    private JdbcClient jdbc;

    private String owner;

    @BeforeEach
    void vehicle() {
        jdbc.sql("DELETE FROM service_record").update();
        jdbc.sql("DELETE FROM maintenance_schedule").update();
        jdbc.sql("DELETE FROM push_outbox").update();
        jdbc.sql("DELETE FROM push_subscription").update();
        jdbc.sql("DELETE FROM vehicle_alert_event").update();
        jdbc.sql("DELETE FROM vehicle_alert").update();
        jdbc.sql("DELETE FROM vehicle_workshop_grant").update();
        jdbc.sql("DELETE FROM vehicle_registration").update();
        jdbc.sql("INSERT INTO vehicle_registration (vin, owner_subject, odometer_km) VALUES (:vin, 'm-owner', 54500)")
                .param("vin", VIN).update();
        jdbc.sql("INSERT INTO push_subscription (username, endpoint, p256dh, auth) VALUES ('m-owner',"
                + " 'https://push.invalid/m', 'k', 'a')").update();
        owner = token("m-owner", Role.VEHICLE_OWNER, null);
    }

    @Test
    void remindEscalateAndResetWhenTheServiceIsLogged() throws Exception {
        String lastYear = LocalDate.now().minusMonths(6).toString();
        var created = send("POST", "/api/vehicles/" + VIN + "/maintenance/schedules", owner, """
                {"name":"Oil change","serviceCode":"OIL_CHANGE","everyKm":15000,"everyMonths":12,
                 "lastDoneKm":40000,"lastDoneOn":"%s"}""".formatted(lastYear));
        assertThat(created.statusCode()).isEqualTo(201);
        String scheduleId = json.readTree(created.body()).get("id").asString();

        JsonNode item = json.readTree(get("/api/vehicles/" + VIN + "/maintenance", owner).body()).get(0);
        assertThat(item.get("status").get("state").asString()).isEqualTo("DUE_SOON");
        assertThat(item.get("status").get("triggeredBy").asString()).isEqualTo("distance");
        assertThat(item.get("status").get("kmLeft").asInt()).isEqualTo(500);

        assertThat(maintenance.remind()).isEqualTo(1);
        assertThat(maintenance.remind()).as("nothing changed, nothing new").isZero();
        JsonNode reminder = json.readTree(get("/api/alerts?vin=" + VIN, owner).body()).get(0);
        assertThat(reminder.get("rule").asString()).isEqualTo("maintenance-due");
        assertThat(reminder.get("severity").asString()).isEqualTo("INFO");
        assertThat(reminder.get("message").asString()).contains("due soon").contains("55000 km");
        assertThat(outbox()).as("INFO is below the default push threshold").isZero();

        // the car drives past the limit: overdue, escalated to WARNING and pushed
        assertThat(send("PUT", "/api/vehicles/" + VIN + "/odometer", owner, "{\"km\":55100}").statusCode())
                .isEqualTo(200);
        assertThat(maintenance.remind()).isEqualTo(1);
        reminder = json.readTree(get("/api/alerts/" + reminder.get("alertId").asString(), owner).body());
        assertThat(reminder.get("severity").asString()).isEqualTo("WARNING");
        assertThat(reminder.get("status").asString()).isEqualTo("OPEN");
        assertThat(outbox()).isEqualTo(1);

        var logged = send("POST", "/api/vehicles/" + VIN + "/maintenance/records", owner, """
                {"scheduleId":"%s","performedOn":"%s","odometerKm":55200,"description":"5W-30, new filter"}"""
                .formatted(scheduleId, LocalDate.now()));
        assertThat(logged.statusCode()).isEqualTo(201);
        reminder = json.readTree(get("/api/alerts/" + reminder.get("alertId").asString(), owner).body());
        assertThat(reminder.get("status").asString()).as("cleared by the service").isEqualTo("CLEARED");
        item = json.readTree(get("/api/vehicles/" + VIN + "/maintenance", owner).body()).get(0);
        assertThat(item.get("status").get("state").asString()).isEqualTo("OK");
        assertThat(item.get("status").get("dueKm").asInt()).isEqualTo(70200);
        assertThat(maintenance.remind()).isZero();
        assertThat(json.readTree(get("/api/vehicles/" + VIN + "/maintenance/records", owner).body()).size())
                .isEqualTo(1);
        assertThat(json.readTree(get("/api/vehicles/" + VIN, owner).body()).get("odometerKm").asInt())
                .isEqualTo(55200);
    }

    @Test
    void badInputAndStrangersAreRefused() throws Exception {
        assertThat(send("POST", "/api/vehicles/" + VIN + "/maintenance/schedules", owner,
                "{\"name\":\"Nothing\"}").statusCode()).as("neither distance nor time").isEqualTo(400);
        assertThat(send("POST", "/api/vehicles/" + VIN + "/maintenance/records", owner,
                "{\"performedOn\":\"2999-01-01\",\"odometerKm\":1,\"description\":\"x\"}").statusCode())
                .isEqualTo(400);
        String stranger = token("m-stranger", Role.VEHICLE_OWNER, null);
        assertThat(get("/api/vehicles/" + VIN + "/maintenance", stranger).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/vehicles/" + VIN + "/maintenance/records", token("m-sci",
                Role.DATA_SCIENTIST, null), "{}").statusCode()).isEqualTo(403);
    }

    private long outbox() {
        return jdbc.sql("SELECT count(*) FROM push_outbox WHERE username = 'm-owner'").query(Long.class).single();
    }
}
