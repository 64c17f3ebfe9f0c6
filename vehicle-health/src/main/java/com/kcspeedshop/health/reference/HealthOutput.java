package com.kcspeedshop.health.reference;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.HealthScore;

/** One output of the health computation, tagged with its kind; exactly one of the payloads is set. */
public record HealthOutput(Kind kind, HealthScore score, Anomaly anomaly, Alert alert) {

    public enum Kind { SCORE, ANOMALY, ALERT }

    public HealthOutput {
        int set = (score != null ? 1 : 0) + (anomaly != null ? 1 : 0) + (alert != null ? 1 : 0);
        if (set != 1 || kind == null) {
            throw new IllegalArgumentException("exactly one payload, matching the kind, must be set");
        }
    }

    public static HealthOutput of(HealthScore s) {
        return new HealthOutput(Kind.SCORE, s, null, null);
    }

    public static HealthOutput of(Anomaly a) {
        return new HealthOutput(Kind.ANOMALY, null, a, null);
    }

    public static HealthOutput of(Alert a) {
        return new HealthOutput(Kind.ALERT, null, null, a);
    }

    public String vin() {
        return switch (kind) {
            case SCORE -> score.vin();
            case ANOMALY -> anomaly.vin();
            case ALERT -> alert.vin();
        };
    }
}
