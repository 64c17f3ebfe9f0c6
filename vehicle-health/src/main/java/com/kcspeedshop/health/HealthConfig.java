package com.kcspeedshop.health;

import com.kcspeedshop.health.alert.AlertSettings;
import com.kcspeedshop.health.anomaly.AnomalySettings;
import com.kcspeedshop.health.features.FeatureSettings;
import java.util.Objects;

/**
 * Everything the health engine can be tuned with, validated when built: a bad value fails at startup with a message
 * naming it, never mid-stream. {@link #DEFAULTS} are the documented defaults (see the module README).
 *
 * @param scoreIntervalMs length of the event-time scoring interval; scores are emitted at epoch multiples of it
 * @param features        operating-state thresholds for derived signals
 * @param anomaly         the statistical detector
 * @param alerts          alert thresholds, sustain and clear delays
 */
public record HealthConfig(long scoreIntervalMs, FeatureSettings features, AnomalySettings anomaly,
                           AlertSettings alerts) {

    public static final HealthConfig DEFAULTS = new HealthConfig(10_000, FeatureSettings.DEFAULTS,
            AnomalySettings.DEFAULTS, AlertSettings.DEFAULTS);

    public HealthConfig {
        // the 10 s feature window is the scoring interval's statistics, so they must agree
        if (scoreIntervalMs != 10_000) {
            throw new IllegalArgumentException("scoreIntervalMs must be 10000 (the shortest feature window), got "
                    + scoreIntervalMs);
        }
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(anomaly, "anomaly");
        Objects.requireNonNull(alerts, "alerts");
    }

    public HealthConfig withAlerts(AlertSettings newAlerts) {
        return new HealthConfig(scoreIntervalMs, features, anomaly, newAlerts);
    }

    public HealthConfig withAnomaly(AnomalySettings newAnomaly) {
        return new HealthConfig(scoreIntervalMs, features, newAnomaly, alerts);
    }
}
