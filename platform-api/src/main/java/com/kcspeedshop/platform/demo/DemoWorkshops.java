package com.kcspeedshop.platform.demo;

import com.kcspeedshop.platform.identity.issuer.DemoUsers;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DEMO ONLY: what the demo workshops can book. Service codes are the ones {@code AlertServices} maps alert rules to,
 * so "book a fix" from an alert finds the right service; each needs a bay capability and a technician skill that some
 * bay and technician of the workshop have, so every service is bookable.
 */
final class DemoWorkshops {

    /** Kansas City's zone: KC Speedshop's demo workshops are there. */
    static final String TIME_ZONE = "America/Chicago";
    /** Monday to Saturday (ISO 1..6), 07:00-19:00; closed on Sundays. */
    static final LocalTime OPENS = LocalTime.of(7, 0);
    static final LocalTime CLOSES = LocalTime.of(19, 0);

    record DemoBay(String name, List<String> capabilities) {
    }

    record DemoTechnician(String name, String username, List<String> skills) {
    }

    record DemoService(String code, String name, int minutes, String capability, String skill) {
    }

    record DemoWorkshop(UUID id, List<DemoBay> bays, List<DemoTechnician> technicians) {
    }

    static final List<DemoService> SERVICES = List.of(
            new DemoService("DIAGNOSTIC_SCAN", "Diagnostic scan", 30, null, null),
            new DemoService("COOLING_CHECK", "Cooling system check", 60, "lift", "engine"),
            new DemoService("CHARGING_CHECK", "Battery and charging check", 45, null, "electrical"),
            new DemoService("FUEL_AIR_DIAGNOSIS", "Fuel and air diagnosis", 90, "dyno", "engine"),
            new DemoService("IGNITION_CHECK", "Ignition and misfire check", 60, null, "engine"),
            new DemoService("OIL_CHANGE", "Oil and filter change", 30, "lift", null),
            new DemoService("BRAKE_SERVICE", "Brake service", 90, "lift", "brakes"),
            new DemoService("WHEEL_ALIGNMENT", "Wheel alignment", 60, "alignment", "alignment"));

    static final List<DemoWorkshop> WORKSHOPS = List.of(
            new DemoWorkshop(DemoUsers.MIDTOWN,
                    List.of(new DemoBay("Bay 1", List.of("lift")),
                            new DemoBay("Bay 2", List.of("lift", "dyno")),
                            new DemoBay("Bay 3", List.of("alignment", "lift")),
                            new DemoBay("Quick bay", List.of())),
                    // the demo login "technician" is one of them
                    List.of(new DemoTechnician("Ana Ruiz", "technician", List.of("engine", "electrical")),
                            new DemoTechnician("Ben Okafor", null, List.of("brakes", "alignment")),
                            new DemoTechnician("Chloe Martin", null, List.of("engine", "brakes", "electrical")))),
            new DemoWorkshop(DemoUsers.NORTHLAND,
                    List.of(new DemoBay("North bay A", List.of("lift", "dyno")),
                            new DemoBay("North bay B", List.of("alignment", "lift"))),
                    List.of(new DemoTechnician("Dev Patel", null, List.of("engine", "electrical", "brakes")),
                            new DemoTechnician("Eva Novak", null, List.of("alignment", "brakes")))));

    private DemoWorkshops() {
    }

    /** Seeds one workshop; each kind of resource only when the workshop has none of it yet. Returns rows added. */
    static int seed(JdbcClient jdbc, DemoWorkshop workshop) {
        boolean exists = jdbc.sql("SELECT count(*) FROM workshop WHERE id = :w").param("w", workshop.id())
                .query(Long.class).single() > 0;
        if (!exists) {
            return 0;
        }
        int added = 0;
        if (none(jdbc, "workshop_hours", workshop.id())) {
            jdbc.sql("UPDATE workshop SET time_zone = :z WHERE id = :w").param("z", TIME_ZONE)
                    .param("w", workshop.id()).update();
            for (int day = 1; day <= 6; day++) {
                added += jdbc.sql("""
                                INSERT INTO workshop_hours (workshop_id, day_of_week, opens, closes)
                                VALUES (:w, :d, :o, :c) ON CONFLICT DO NOTHING""")
                        .param("w", workshop.id()).param("d", day).param("o", OPENS).param("c", CLOSES).update();
            }
        }
        if (none(jdbc, "bay", workshop.id())) {
            for (DemoBay bay : workshop.bays()) {
                added += jdbc.sql("""
                                INSERT INTO bay (workshop_id, name, capabilities) VALUES (:w, :n, :c)
                                ON CONFLICT DO NOTHING""")
                        .param("w", workshop.id()).param("n", bay.name())
                        .param("c", bay.capabilities().toArray(String[]::new)).update();
            }
        }
        if (none(jdbc, "technician", workshop.id())) {
            for (DemoTechnician technician : workshop.technicians()) {
                added += jdbc.sql("INSERT INTO technician (workshop_id, name, username, skills) VALUES (:w, :n, :u, :s)")
                        .param("w", workshop.id()).param("n", technician.name()).param("u", technician.username())
                        .param("s", technician.skills().toArray(String[]::new)).update();
            }
        }
        if (none(jdbc, "service_type", workshop.id())) {
            for (DemoService service : SERVICES) {
                added += jdbc.sql("""
                                INSERT INTO service_type (workshop_id, code, name, duration_minutes,
                                                          required_capability, required_skill)
                                VALUES (:w, :code, :name, :minutes, :cap, :skill) ON CONFLICT DO NOTHING""")
                        .param("w", workshop.id()).param("code", service.code()).param("name", service.name())
                        .param("minutes", service.minutes()).param("cap", service.capability())
                        .param("skill", service.skill()).update();
            }
        }
        return added;
    }

    // table names are the constants above, never input
    private static boolean none(JdbcClient jdbc, String table, UUID workshop) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE workshop_id = :w").param("w", workshop)
                .query(Long.class).single() == 0;
    }
}
