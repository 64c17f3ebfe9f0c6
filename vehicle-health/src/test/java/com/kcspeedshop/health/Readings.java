package com.kcspeedshop.health;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertState;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.reference.HealthOutput;
import com.kcspeedshop.health.reference.HealthReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds reading sequences for tests: a vehicle, a clock in seconds from a round epoch instant, and a sequence. */
public final class Readings {

    public static final String VIN = "1HGCM82633A004352";
    public static final String VIN_2 = "WVWZZZ1JZXW000001";
    /** A multiple of 10 minutes, so interval boundaries fall on whole seconds from here. */
    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final String vin;
    private final List<ObdReading> list = new ArrayList<>();
    private long seq;

    public Readings(String vin) {
        this.vin = vin;
    }

    public static Readings of() {
        return new Readings(VIN);
    }

    public Readings at(double second, String signal, double value) {
        list.add(new ObdReading(vin, signal, value, "-", T0.plusMillis((long) (second * 1000)), "test", seq++));
        return this;
    }

    /** A running, warmed-up engine idling at a standstill, every second from {@code from} to {@code to} (exclusive). */
    public Readings idling(int from, int to, double coolant) {
        for (int s = from; s < to; s++) {
            at(s, "ENGINE_RPM", 750);
            at(s, "VEHICLE_SPEED", 0);
            at(s, "COOLANT_TEMP", coolant);
        }
        return this;
    }

    public List<ObdReading> list() {
        return list;
    }

    public static List<HealthOutput> run(VehicleHealthEngine engine, List<ObdReading> readings) {
        return new HealthReference(engine).compute(readings, List.of());
    }

    public static List<Alert> alerts(List<HealthOutput> outputs, String rule) {
        return HealthReference.alerts(outputs).stream().filter(a -> a.rule().equals(rule)).toList();
    }

    public static long count(List<Alert> alerts, AlertState state) {
        return alerts.stream().filter(a -> a.state() == state).count();
    }
}
