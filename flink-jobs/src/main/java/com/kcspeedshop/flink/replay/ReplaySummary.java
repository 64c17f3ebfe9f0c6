package com.kcspeedshop.flink.replay;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertState;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.fault.FaultType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a replay produced: the output lines (scores, anomalies, alerts) and the figures for stderr. Driving hours are,
 * per vehicle, first to last capture time, summed; alerts per hour counts RAISED events, one per alert episode.
 */
record ReplaySummary(List<String> outputLines, int readings, int vehicles, double hours, Map<String, Integer> counts,
                     List<Alert> raised) {

    private static final List<String> OUTPUT_TYPES = List.of("health-score", "anomaly", "alert");

    static ReplaySummary of(List<ObdReading> readings, List<String> lines) {
        Map<String, Instant[]> spans = new HashMap<>();
        for (ObdReading r : readings) {
            spans.merge(r.vin(), new Instant[] {r.capturedAt(), r.capturedAt()}, (a, b) -> new Instant[] {
                    a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
        double hours = spans.values().stream()
                .mapToDouble(s -> (s[1].toEpochMilli() - s[0].toEpochMilli()) / 3_600_000.0).sum();
        Map<String, Integer> counts = new TreeMap<>();
        List<String> output = new ArrayList<>();
        List<Alert> raised = new ArrayList<>();
        for (String line : lines) {
            String type = line.substring("{\"type\":\"".length(), line.indexOf('"', "{\"type\":\"".length()));
            counts.merge(type, 1, Integer::sum);
            if (OUTPUT_TYPES.contains(type)) {
                output.add(line);
            }
            if (type.equals("alert")) {
                Alert a = Events.ALERT.fromJson(line.substring(line.indexOf("\"data\":") + 7, line.length() - 1));
                if (a.state() == AlertState.RAISED) {
                    raised.add(a);
                }
            }
        }
        return new ReplaySummary(output, readings.size(), spans.size(), hours, counts, raised);
    }

    String describe(FaultType injected) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "replay: %d readings, %d vehicle(s), %.2f driving hours%s%n", readings,
                vehicles, hours, injected == null ? "" : ", fault injected: " + injected));
        s.append(String.format(Locale.ROOT, "outputs: %d health scores, %d anomalies, %d alert events%n",
                counts.getOrDefault("health-score", 0), counts.getOrDefault("anomaly", 0),
                counts.getOrDefault("alert", 0)));
        s.append(String.format(Locale.ROOT, "alerts raised: %d, %.2f per driving hour%n", raised.size(),
                hours > 0 ? raised.size() / hours : 0.0));
        for (Alert a : raised) {
            s.append(String.format(Locale.ROOT, "  %s %s %s at %s: %s%n", a.severity(), a.rule(), a.vin(), a.at(),
                    a.message()));
        }
        int late = counts.getOrDefault("late-reading", 0) + counts.getOrDefault("late-dtc-report", 0);
        int dead = counts.getOrDefault("dead-letter", 0);
        if (late + dead > 0) {
            s.append(String.format(Locale.ROOT, "not scored: %d late, %d undecodable%n", late, dead));
        }
        return s.toString();
    }
}
