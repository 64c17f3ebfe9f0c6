package com.kcspeedshop.health.reference;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.HealthOutputs;
import com.kcspeedshop.health.VehicleHealthEngine;
import com.kcspeedshop.health.VehicleHealthState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plain single-threaded computation the Flink job must match record for record: one {@link VehicleHealthState} per
 * VIN, events in input order. Readings and trouble-code reports are merged by capture time, a reading first on a tie,
 * each stream keeping its own order otherwise. Outputs come back grouped by VIN (sorted), each VIN's outputs in the
 * order the engine emitted them: the order a keyed Flink operator produces per key.
 */
public final class HealthReference {

    private final VehicleHealthEngine engine;

    public HealthReference(VehicleHealthEngine engine) {
        this.engine = engine;
    }

    public List<HealthOutput> compute(Iterable<ObdReading> readings, Iterable<DtcReport> reports) {
        Map<String, VehicleHealthState> states = new TreeMap<>();
        Map<String, List<HealthOutput>> outputs = new TreeMap<>();
        Iterator<ObdReading> r = readings.iterator();
        Iterator<DtcReport> d = reports.iterator();
        ObdReading nextReading = r.hasNext() ? r.next() : null;
        DtcReport nextReport = d.hasNext() ? d.next() : null;
        while (nextReading != null || nextReport != null) {
            boolean takeReading = nextReport == null
                    || (nextReading != null && !nextReading.capturedAt().isAfter(nextReport.capturedAt()));
            if (takeReading) {
                String vin = nextReading.vin();
                engine.onReading(states.computeIfAbsent(vin, v -> new VehicleHealthState()), nextReading,
                        sink(outputs.computeIfAbsent(vin, v -> new ArrayList<>())));
                nextReading = r.hasNext() ? r.next() : null;
            } else {
                String vin = nextReport.vin();
                engine.onDtcReport(states.computeIfAbsent(vin, v -> new VehicleHealthState()), nextReport,
                        sink(outputs.computeIfAbsent(vin, v -> new ArrayList<>())));
                nextReport = d.hasNext() ? d.next() : null;
            }
        }
        List<HealthOutput> all = new ArrayList<>();
        outputs.values().forEach(all::addAll);
        return all;
    }

    /** Only the health scores, in the same order. */
    public static List<HealthScore> scores(List<HealthOutput> outputs) {
        return outputs.stream().filter(o -> o.kind() == HealthOutput.Kind.SCORE).map(HealthOutput::score).toList();
    }

    /** Only the alerts, in the same order. */
    public static List<Alert> alerts(List<HealthOutput> outputs) {
        return outputs.stream().filter(o -> o.kind() == HealthOutput.Kind.ALERT).map(HealthOutput::alert).toList();
    }

    /** Only the anomalies, in the same order. */
    public static List<Anomaly> anomalies(List<HealthOutput> outputs) {
        return outputs.stream().filter(o -> o.kind() == HealthOutput.Kind.ANOMALY).map(HealthOutput::anomaly).toList();
    }

    /** Scores sorted by (vin, computedAt, subsystem): a canonical order for comparing with an unordered sink. */
    public static final Comparator<HealthScore> SCORE_ORDER = Comparator.comparing(HealthScore::vin)
            .thenComparing(HealthScore::computedAt).thenComparing(HealthScore::subsystem);

    /** A sink that appends to {@code list}. */
    public static HealthOutputs sink(List<HealthOutput> list) {
        return new HealthOutputs() {
            @Override
            public void score(HealthScore score) {
                list.add(HealthOutput.of(score));
            }

            @Override
            public void anomaly(Anomaly anomaly) {
                list.add(HealthOutput.of(anomaly));
            }

            @Override
            public void alert(Alert alert) {
                list.add(HealthOutput.of(alert));
            }
        };
    }
}
