package com.kcspeedshop.health.reference;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertState;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.VehicleHealthEngine;
import com.kcspeedshop.health.evaluation.FaultOnsets;
import com.kcspeedshop.health.evaluation.RecordedTrips;
import com.kcspeedshop.health.fault.FaultInjector;
import com.kcspeedshop.health.fault.FaultSpec;
import com.kcspeedshop.health.fault.FaultType;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Replays every real trip through {@link HealthReference}: false alarms per driving hour on the untouched trips, and
 * for every applicable (trip, fault) pair whether the fault's alert was raised within 2 minutes of simulated time after
 * onset. The trips and onsets are the shared {@link RecordedTrips} and {@link FaultOnsets}, so model-training's anomaly
 * evaluation measures on the same ground. Run: {@code main} (from the module directory) prints the table;
 * {@code TripEvaluationIT} asserts the goals.
 */
public final class TripEvaluation {

    /** The real trips, relative to the module directory (the shared datasets sit beside the checkout). */
    static final Path TRIPS = Path.of("../../shared/datasets/obd-real");

    record FalseAlarm(String trip, Alert alert) {
    }

    /** One (trip, fault) pair: null detection latency = missed; notApplicable says why it was not evaluated. */
    record Case(String trip, FaultType fault, String notApplicable, Instant onset, Long latencyMs, String raised) {
        boolean applicable() {
            return notApplicable == null;
        }

        boolean detected() {
            return latencyMs != null;
        }
    }

    record Result(int trips, double hours, List<FalseAlarm> falseAlarms, List<Case> cases) {
        long applicable() {
            return cases.stream().filter(Case::applicable).count();
        }

        long detected() {
            return cases.stream().filter(c -> c.applicable() && c.detected()).count();
        }

        double falseAlarmsPer10h() {
            return falseAlarms.size() / hours * 10;
        }
    }

    private final HealthReference reference;

    TripEvaluation(VehicleHealthEngine engine) {
        this.reference = new HealthReference(engine);
    }

    public static void main(String[] args) throws IOException {
        if (!tripsPresent()) {
            System.err.println("real trips not found under " + TRIPS.toAbsolutePath());
            System.exit(2);
        }
        Result result = new TripEvaluation(VehicleHealthEngine.defaults()).run(RecordedTrips.load(TRIPS));
        print(result, System.out);
    }

    static boolean tripsPresent() {
        return Files.isDirectory(TRIPS);
    }

    Result run(List<RecordedTrips.Trip> trips) {
        double hours = 0;
        List<FalseAlarm> falseAlarms = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        for (RecordedTrips.Trip trip : trips) {
            hours += trip.hours();
            for (Alert a : raised(trip.readings())) {
                falseAlarms.add(new FalseAlarm(trip.name(), a));
            }
            for (FaultType fault : FaultType.values()) {
                cases.add(evaluate(trip, fault));
            }
        }
        return new Result(trips.size(), hours, falseAlarms, cases);
    }

    private Case evaluate(RecordedTrips.Trip trip, FaultType fault) {
        if (!FaultInjector.applicable(fault, trip.readings())) {
            java.util.Set<String> present = new java.util.TreeSet<>();
            trip.readings().forEach(r -> present.add(r.signal()));
            List<String> missing = fault.requiredSignals().stream().filter(sig -> !present.contains(sig)).toList();
            return new Case(trip.name(), fault, "trip lacks " + missing, null, null, null);
        }
        FaultOnsets.Choice onset = FaultOnsets.choose(fault, trip);
        if (!onset.applicable()) {
            return new Case(trip.name(), fault, onset.reason(), null, null, null);
        }
        long at = onset.atMs();
        List<ObdReading> faulty = FaultInjector.inject(trip.readings(),
                FaultSpec.of(fault, Instant.ofEpochMilli(at), FaultOnsets.seed(fault)));
        for (Alert a : raised(faulty)) {
            long t = a.at().toEpochMilli();
            if (fault.detectingRules().contains(a.rule()) && t >= at && t - at <= FaultOnsets.DETECTION_WINDOW_MS) {
                return new Case(trip.name(), fault, null, Instant.ofEpochMilli(at), t - at, a.rule());
            }
        }
        return new Case(trip.name(), fault, null, Instant.ofEpochMilli(at), null, null);
    }

    private List<Alert> raised(List<ObdReading> readings) {
        return HealthReference.alerts(reference.compute(readings, List.of())).stream()
                .filter(a -> a.state() == AlertState.RAISED).toList();
    }

    static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "trips: %d, driving hours: %.2f%n", r.trips(), r.hours());
        out.printf(Locale.ROOT, "alerts raised on the untouched trips: %d (%.2f per 10 h)%n", r.falseAlarms().size(),
                r.falseAlarmsPer10h());
        for (FalseAlarm f : r.falseAlarms()) {
            out.printf(Locale.ROOT, "  %-55s %-22s %s %s%n", f.trip(), f.alert().rule(), f.alert().at(),
                    f.alert().message());
        }
        out.printf("%n%-55s %-22s %-10s %s%n", "trip", "fault", "result", "detail");
        for (Case c : r.cases()) {
            String result = !c.applicable() ? "N/A" : c.detected() ? "detected" : "MISSED";
            String detail = !c.applicable() ? c.notApplicable()
                    : c.detected() ? String.format(Locale.ROOT, "%s after %.0f s", c.raised(), c.latencyMs() / 1000.0)
                    : "onset " + c.onset();
            out.printf(Locale.ROOT, "%-55s %-22s %-10s %s%n", c.trip(), c.fault(), result, detail);
        }
        out.printf(Locale.ROOT, "%ndetected within 2 min: %d of %d applicable (trip, fault) pairs = %.1f %%%n",
                r.detected(), r.applicable(), 100.0 * r.detected() / Math.max(1, r.applicable()));
        for (FaultType f : FaultType.values()) {
            long app = r.cases().stream().filter(c -> c.fault() == f && c.applicable()).count();
            long det = r.cases().stream().filter(c -> c.fault() == f && c.applicable() && c.detected()).count();
            out.printf(Locale.ROOT, "  %-22s %d / %d%n", f, det, app);
        }
    }
}
