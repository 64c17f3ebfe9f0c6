package com.kcspeedshop.health.anomaly;

import com.kcspeedshop.health.features.Feature;

/**
 * The features the statistical detector watches, each with a sigma floor in its unit: below the floor a deviation is
 * within the sensor's resolution or normal jitter (coolant is reported in whole degrees; trims in 0.78 % steps, SAE J1979
 * PID 06/07 scaling 100/128 %), so a quiet signal's tiny sigma cannot turn one quantisation step into an anomaly.
 *
 * <p>IDLE_RPM_JITTER is deliberately not watched: absolute differences are one-sided and heavy-tailed, so a z-score
 * on them fires on normal idle (it did, twice, on the real trips); the {@code misfire} rule's fixed threshold covers it.
 */
enum Tracked {
    COOLANT_TEMP(Feature.COOLANT_TEMP, 2.0),
    BATTERY_V_CHARGING(Feature.BATTERY_V_CHARGING, 0.15),
    TOTAL_FUEL_TRIM_1(Feature.TOTAL_FUEL_TRIM_1, 2.5),
    TOTAL_FUEL_TRIM_2(Feature.TOTAL_FUEL_TRIM_2, 2.5),
    CATALYST_DELTA(Feature.CATALYST_DELTA, 15);

    private static final Tracked[] BY_FEATURE = new Tracked[Feature.count()];

    static {
        for (Tracked t : values()) {
            BY_FEATURE[t.feature.ordinal()] = t;
        }
    }

    final Feature feature;
    final double sigmaFloor;

    Tracked(Feature feature, double sigmaFloor) {
        this.feature = feature;
        this.sigmaFloor = sigmaFloor;
    }

    static Tracked of(Feature f) {
        return BY_FEATURE[f.ordinal()];
    }
}
