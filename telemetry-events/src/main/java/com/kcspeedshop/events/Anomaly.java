package com.kcspeedshop.events;

import java.time.Instant;

/**
 * A value that did not fit what the detector expected for this vehicle and signal.
 *
 * @param score    how unusual, detector-specific but larger is stranger (e.g. a robust z-score)
 * @param detector which detector said so, e.g. {@code median-mad} or a model id
 */
public record Anomaly(String vin, String signal, Instant detectedAt, double value, double expected, double score,
                      String detector) {

    public Anomaly {
        Vin.require(vin);
        Checks.notBlank(signal, "signal");
        Checks.notNull(detectedAt, "detectedAt");
        Checks.finite(value, "value");
        Checks.finite(expected, "expected");
        Checks.finite(score, "score");
        Checks.notBlank(detector, "detector");
    }
}
