package com.kcspeedshop.health.features;

/**
 * What the feature layer needs to know about a vehicle's operating state (part of {@code HealthConfig}).
 *
 * @param staleAfterMs       a signal's last value counts for derivations only this long after it was read
 * @param runningRpm         RPM above which the engine is running (cranking is ~150-300 rpm)
 * @param idleRpmMin         lowest RPM of the idle band
 * @param idleRpmMax         highest RPM of the idle band (a cold engine's fast idle reaches ~1,300 rpm)
 * @param steadyIdleAfterMs  stopped and running at least this long before idle RPM counts as steady
 * @param warmCoolantC       coolant temperature at which the engine counts as warmed up
 */
public record FeatureSettings(long staleAfterMs, double runningRpm, double idleRpmMin, double idleRpmMax,
                              long steadyIdleAfterMs, double warmCoolantC) {

    public static final FeatureSettings DEFAULTS = new FeatureSettings(5_000, 300, 400, 1_300, 5_000, 80);

    public FeatureSettings {
        if (staleAfterMs <= 0) {
            throw new IllegalArgumentException("staleAfterMs must be > 0, got " + staleAfterMs);
        }
        if (!(runningRpm > 0 && idleRpmMin > runningRpm && idleRpmMax > idleRpmMin)) {
            throw new IllegalArgumentException("need 0 < runningRpm < idleRpmMin < idleRpmMax, got " + runningRpm
                    + ", " + idleRpmMin + ", " + idleRpmMax);
        }
        if (steadyIdleAfterMs < 0) {
            throw new IllegalArgumentException("steadyIdleAfterMs must be >= 0, got " + steadyIdleAfterMs);
        }
        if (!(warmCoolantC > 0 && warmCoolantC < 130)) {
            throw new IllegalArgumentException("warmCoolantC must be within 0..130 degC, got " + warmCoolantC);
        }
    }
}
