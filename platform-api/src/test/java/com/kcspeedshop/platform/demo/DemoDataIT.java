package com.kcspeedshop.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.platform.PlatformApiIntegrationTest;
import com.kcspeedshop.platform.identity.IdentityProperties;
import com.kcspeedshop.platform.identity.issuer.DemoUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo content on a fresh start: bookable demo workshops and the demo owner's cars, seeded once. */
class DemoDataIT extends PlatformApiIntegrationTest {

    private static final String SIMULATED = "1HGCM82633A000777";

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private IdentityProperties identity;

    @AfterEach
    void removeCar() {
        jdbc.sql("DELETE FROM vehicle_registration WHERE vin = :vin").param("vin", SIMULATED).update();
    }

    @Test
    void demoWorkshopsAreBookableForEveryAlertServiceOnAFreshStart() throws Exception {
        JsonNode resources = JsonMapper.builder().build().readTree(get("/api/workshops/" + DemoUsers.MIDTOWN
                + "/resources", operatorToken()).body());
        assertThat(resources.get("timeZone").asString()).isEqualTo(DemoWorkshops.TIME_ZONE);
        assertThat(resources.get("bays").size()).isGreaterThanOrEqualTo(3);
        assertThat(resources.get("technicians").size()).isGreaterThanOrEqualTo(2);
        List<String> codes = resources.get("services").valueStream().map(s -> s.get("code").asString()).toList();
        assertThat(codes).contains("COOLING_CHECK", "CHARGING_CHECK", "FUEL_AIR_DIAGNOSIS", "IGNITION_CHECK",
                "DIAGNOSTIC_SCAN", "OIL_CHANGE");

        long service = resources.get("services").valueStream().filter(s -> s.get("code").asString()
                .equals("FUEL_AIR_DIAGNOSIS")).findFirst().orElseThrow().get("id").asLong();
        String from = java.time.Instant.now().toString();
        String to = java.time.Instant.now().plus(java.time.Duration.ofDays(7)).toString();
        JsonNode slots = JsonMapper.builder().build().readTree(get("/api/workshops/" + DemoUsers.MIDTOWN
                + "/availability?service=" + service + "&from=" + from + "&to=" + to + "&limit=3",
                operatorToken()).body());
        assertThat(slots.size()).as("a dyno bay and an engine technician exist, so the week has slots").isEqualTo(3);
    }

    @Test
    void seedingAgainAddsNothingAndRegistersTheSimulatedCarsToTheDemoOwner() {
        Map<String, Long> before = counts();
        DemoData withCar = new DemoData(jdbc, transactions, identity, new DemoProperties(List.of(SIMULATED)));

        withCar.run(null);
        withCar.run(null);

        assertThat(counts()).as("resources are seeded once").isEqualTo(before);
        assertThat(jdbc.sql("SELECT owner_subject FROM vehicle_registration WHERE vin = :vin").param("vin", SIMULATED)
                .query(String.class).single()).isEqualTo("owner");
        assertThat(jdbc.sql("SELECT workshop_id FROM vehicle_workshop_grant WHERE vin = :vin").param("vin", SIMULATED)
                .query(UUID.class).list()).containsExactly(DemoUsers.MIDTOWN);
    }

    @Test
    void aCarSomeoneElseRegisteredStaysTheirs() {
        jdbc.sql("INSERT INTO vehicle_registration (vin, owner_subject) VALUES (:vin, 'someone-else')")
                .param("vin", SIMULATED).update();

        new DemoData(jdbc, transactions, identity, new DemoProperties(List.of(SIMULATED))).run(null);

        assertThat(jdbc.sql("SELECT owner_subject FROM vehicle_registration WHERE vin = :vin").param("vin", SIMULATED)
                .query(String.class).single()).isEqualTo("someone-else");
        assertThat(jdbc.sql("SELECT count(*) FROM vehicle_workshop_grant WHERE vin = :vin").param("vin", SIMULATED)
                .query(Long.class).single()).isZero();
    }

    private Map<String, Long> counts() {
        return Map.of("hours", count("workshop_hours"), "bays", count("bay"), "technicians", count("technician"),
                "services", count("service_type"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE workshop_id IN (:a, :b)")
                .param("a", DemoUsers.MIDTOWN).param("b", DemoUsers.NORTHLAND).query(Long.class).single();
    }
}
