package com.kcspeedshop.health.anomaly;

/**
 * Settings of the statistical detector (part of {@code HealthConfig}).
 *
 * @param halfLifeSamples  the EWMA's memory: a sample's weight halves after this many newer samples
 * @param warmupSamples    samples a (vehicle, feature) needs before it is scored at all
 * @param zThreshold       robust z-score at or above which a sample is anomalous
 * @param clipZ            residuals are clipped to this many sigmas before updating the baseline (Huber-style), so one
 *                         outlier barely moves it and a real level shift is absorbed only gradually
 */
public record AnomalySettings(double halfLifeSamples, int warmupSamples, double zThreshold, double clipZ) {

    public static final AnomalySettings DEFAULTS = new AnomalySettings(120, 120, 6.0, 3.0);

    public AnomalySettings {
        if (!(halfLifeSamples >= 1)) {
            throw new IllegalArgumentException("halfLifeSamples must be >= 1, got " + halfLifeSamples);
        }
        if (warmupSamples < 2) {
            throw new IllegalArgumentException("warmupSamples must be >= 2, got " + warmupSamples);
        }
        if (!(zThreshold > 0 && clipZ > 0 && clipZ <= zThreshold)) {
            throw new IllegalArgumentException("need 0 < clipZ <= zThreshold, got clipZ=" + clipZ + ", zThreshold="
                    + zThreshold);
        }
    }

    /** Per-sample EWMA weight: 1 - 2^(-1/halfLife). */
    double alpha() {
        return 1 - Math.pow(2, -1 / halfLifeSamples);
    }
}
