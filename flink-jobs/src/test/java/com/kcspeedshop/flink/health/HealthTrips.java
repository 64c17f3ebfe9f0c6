package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.DtcKind;
import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.VehicleHealthEngine;
import com.kcspeedshop.health.reference.HealthOutput;
import com.kcspeedshop.health.reference.HealthReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Synthetic trips that exercise every output of the engine, and the reference outputs for them. Per vehicle, one
 * reading of each signal per second, in capture-time order:
 * <ul>
 *   <li>the engine runs, at a standstill for 40 s, then at 50 km/h;</li>
 *   <li>coolant climbs 0.5 degC/s from 85 degC up to 115 degC: cooling scores fall past 100 degC and the overheating
 *       alert raises after 30 s above 105 degC;</li>
 *   <li>total fuel trim 13 % + the vehicle's index: fuel/air penalties;</li>
 *   <li>charging voltage 14.0 V, jumping to 17 V from second 180 (after the detector's warm-up): anomalies;</li>
 *   <li>a stored P0128 at second 50, gone from the report at second 100: a DTC alert raised and cleared.</li>
 * </ul>
 * Each vehicle's input ends with a <b>terminator</b>: a reading of a signal no rule uses, an hour after the trip. The
 * reference closes the trip's last interval on it; the job closes it when the watermark passes, and keeps the
 * terminator itself waiting. So both produce exactly the same outputs.
 */
final class HealthTrips {

    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z"); // a multiple of the 10 s interval
    static final List<String> VINS = List.of("1HGCM82633A004352", "WVWZZZ1JZXW000001", "JH4KA7561PC008269");
    static final String SOURCE = "collector-1";

    final List<ObdReading> readings = new ArrayList<>();
    final List<DtcReport> reports = new ArrayList<>();

    /** {@code seconds} of driving for each of the first {@code vehicles} VINs. */
    static HealthTrips of(int vehicles, int seconds) {
        HealthTrips trips = new HealthTrips();
        for (int v = 0; v < vehicles; v++) {
            String vin = VINS.get(v);
            long seq = 0;
            for (int s = 0; s < seconds; s++) {
                Instant at = T0.plusSeconds(s);
                double coolant = Math.min(85 + 0.5 * s, 115);
                trips.readings.add(reading(vin, "ENGINE_RPM", 800 + 30 * Math.sin(s), "rpm", at, seq++));
                trips.readings.add(reading(vin, "VEHICLE_SPEED", s < 40 ? 0 : 50, "km/h", at, seq++));
                trips.readings.add(reading(vin, "COOLANT_TEMP", coolant, "degC", at, seq++));
                trips.readings.add(reading(vin, "CONTROL_MODULE_VOLTAGE", s < 180 ? 14.0 + 0.01 * (s % 3) : 17.0,
                        "V", at, seq++));
                trips.readings.add(reading(vin, "SHORT_FUEL_TRIM_1", 5 + v + (s % 2), "%", at, seq++));
                trips.readings.add(reading(vin, "LONG_FUEL_TRIM_1", 8, "%", at, seq++));
            }
            trips.readings.add(reading(vin, "FUEL_LEVEL", 50, "%", T0.plusSeconds(seconds + 3600L), seq));
            if (seconds > 100) {
                trips.reports.add(new DtcReport(vin, SOURCE, 0, T0.plusSeconds(50), "7E8", DtcKind.STORED,
                        List.of("P0128")));
                trips.reports.add(new DtcReport(vin, SOURCE, 1, T0.plusSeconds(100), "7E8", DtcKind.STORED,
                        List.of()));
            }
        }
        return trips;
    }

    private static ObdReading reading(String vin, String signal, double value, String unit, Instant at, long seq) {
        return new ObdReading(vin, signal, value, unit, at, SOURCE, seq);
    }

    /** The reference computation over both streams, merged by capture time as the reference requires. */
    List<HealthOutput> reference() {
        List<ObdReading> byTime = new ArrayList<>(readings);
        byTime.sort(java.util.Comparator.comparing(ObdReading::capturedAt)); // stable: per-vehicle order kept
        List<DtcReport> reportsByTime = new ArrayList<>(reports);
        reportsByTime.sort(java.util.Comparator.comparing(DtcReport::capturedAt));
        return new HealthReference(VehicleHealthEngine.defaults()).compute(byTime, reportsByTime);
    }

    /** Per VIN, in emission order: how a keyed output is compared record for record. */
    static <T> Map<String, List<T>> byVin(List<T> records, Function<T, String> vin) {
        Map<String, List<T>> grouped = new LinkedHashMap<>();
        for (T r : records) {
            grouped.computeIfAbsent(vin.apply(r), k -> new ArrayList<>()).add(r);
        }
        return grouped;
    }

    static Map<String, List<HealthScore>> scoresByVin(List<HealthScore> scores) {
        return new java.util.TreeMap<>(byVin(scores, HealthScore::vin));
    }

    static Map<String, List<Anomaly>> anomaliesByVin(List<Anomaly> anomalies) {
        return new java.util.TreeMap<>(byVin(anomalies, Anomaly::vin));
    }

    /**
     * Alerts per VIN, each episode's events in the order they were emitted (the order that is a contract), episodes
     * by id: the operator sends reading-level alerts on arrival and interval or trouble-code alerts once the
     * watermark passes them, so events of different episodes interleave differently than in the reference.
     */
    static Map<String, List<Alert>> alertsByVin(List<Alert> alerts) {
        Map<String, List<Alert>> grouped = new java.util.TreeMap<>(byVin(alerts, Alert::vin));
        grouped.values().forEach(list -> list.sort(java.util.Comparator.comparing(Alert::alertId))); // stable
        return grouped;
    }
}
