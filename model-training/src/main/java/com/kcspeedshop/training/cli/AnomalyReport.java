package com.kcspeedshop.training.cli;

import com.kcspeedshop.health.fault.FaultType;
import com.kcspeedshop.training.anomaly.AnomalyEvaluation;
import java.io.PrintWriter;
import java.util.Locale;

/** The readable table of an anomaly evaluation, shared by {@code train anomaly} and {@code evaluate anomaly}. */
final class AnomalyReport {

    private AnomalyReport() {
    }

    static void print(AnomalyEvaluation.Result r, PrintWriter w) {
        w.printf(Locale.ROOT, "  held-out trips: %d, %.2f driving hours; threshold %.6g%n", r.trips(), r.hours(),
                r.threshold());
        w.printf(Locale.ROOT, "  false alarms on the untouched trips: %d (%.3f per driving hour)%n",
                r.falseAlarms().size(), r.falseAlarmsPerHour());
        for (AnomalyEvaluation.FalseAlarm f : r.falseAlarms()) {
            w.printf(Locale.ROOT, "    %-50s %s score %.4g%n", f.trip(), f.at(), f.score());
        }
        w.printf(Locale.ROOT, "  %-22s %9s %8s %12s %10s   (detected within %d s of onset)%n", "fault", "detected",
                "recall", "delay median", "delay p90", r.windowMs() / 1000);
        for (FaultType f : FaultType.values()) {
            row(w, f.name(), r, f);
        }
        row(w, "all", r, null);
        for (AnomalyEvaluation.Case c : r.cases()) {
            if (c.detected()) {
                w.printf(Locale.ROOT, "    detected %-22s on %-45s %.0f s after onset%n", c.fault(), c.trip(),
                        c.delayMs() / 1000.0);
            }
        }
    }

    private static void row(PrintWriter w, String name, AnomalyEvaluation.Result r, FaultType f) {
        w.printf(Locale.ROOT, "  %-22s %9s %7.1f%% %11.0fs %9.0fs%n", name, r.detected(f) + "/" + r.applicable(f),
                100 * r.recall(f), r.delaySeconds(f, 0.5), r.delaySeconds(f, 0.9));
    }
}
