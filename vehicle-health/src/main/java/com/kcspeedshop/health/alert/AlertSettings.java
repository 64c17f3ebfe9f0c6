package com.kcspeedshop.health.alert;

/**
 * Alert thresholds (part of {@code HealthConfig}); the README gives each one's source. Temperatures degC, voltages V,
 * trims %, durations ms.
 *
 * @param overheatC               coolant above this, sustained, raises {@code overheating} (WARNING)
 * @param overheatCriticalC       ... CRITICAL from here (coolant near boiling under a 1.1 bar cap)
 * @param overheatClearC          cleared once back below this
 * @param runningColdC            warmed-up engine running with coolant below this raises {@code engine-running-cold}
 * @param runningColdClearC       cleared once back above this
 * @param restingLowV             engine-off voltage below this raises {@code battery-low-engine-off}
 * @param restingCriticalV        ... CRITICAL below this
 * @param restingClearV           cleared above this (or when the engine starts)
 * @param chargingLowV            running voltage below this raises {@code charging-low}
 * @param chargingCriticalV       ... CRITICAL below this
 * @param chargingClearV          cleared above this
 * @param fuelTrimPct             |smoothed total trim| above this raises {@code fuel-trim}
 * @param fuelTrimCriticalPct     ... CRITICAL above this
 * @param fuelTrimClearPct        cleared below this
 * @param fuelTrimSmoothingMs     time constant of the trim EWMA (short-term trim swings with every throttle change)
 * @param idleJitterRpm           mean |delta RPM| at steady idle above this raises {@code misfire}
 * @param healthLow               overall score below this raises {@code health-low}
 * @param healthCritical          ... CRITICAL below this
 * @param healthClear             cleared at or above this
 * @param sustainMs               how long a condition must hold before raising (alarm delay, e.g. ISA-18.2 on-delay)
 * @param clearMs                 how long the clear condition must hold before clearing (off-delay)
 * @param misfireSustainMs        consecutive rough-idle intervals, as time, before {@code misfire} (idle stops are short)
 * @param anomalySustainMs        consecutive anomalous intervals, as time, before {@code persistent-anomaly}
 * @param maxDtcEpisodes          open trouble-code episodes kept per vehicle (bounds the state)
 */
public record AlertSettings(double overheatC, double overheatCriticalC, double overheatClearC,
                            double runningColdC, double runningColdClearC,
                            double restingLowV, double restingCriticalV, double restingClearV,
                            double chargingLowV, double chargingCriticalV, double chargingClearV,
                            double fuelTrimPct, double fuelTrimCriticalPct, double fuelTrimClearPct,
                            long fuelTrimSmoothingMs, double idleJitterRpm,
                            double healthLow, double healthCritical, double healthClear,
                            long sustainMs, long clearMs, long misfireSustainMs, long anomalySustainMs,
                            int maxDtcEpisodes) {

    public static final AlertSettings DEFAULTS = new AlertSettings(
            105, 115, 100,
            70, 75,
            12.2, 11.8, 12.4,
            13.0, 12.4, 13.4,
            15, 25, 10,
            20_000, 80,
            50, 25, 65,
            30_000, 60_000, 10_000, 30_000, 64);

    public AlertSettings {
        ordered("overheat", overheatClearC, overheatC, overheatCriticalC);
        ordered("running cold", runningColdC, runningColdClearC, overheatClearC);
        ordered("resting voltage", restingCriticalV, restingLowV, restingClearV);
        ordered("charging voltage", chargingCriticalV, chargingLowV, chargingClearV);
        ordered("fuel trim", fuelTrimClearPct, fuelTrimPct, fuelTrimCriticalPct);
        ordered("health", healthCritical, healthLow, healthClear);
        positive("fuelTrimSmoothingMs", fuelTrimSmoothingMs);
        positive("sustainMs", sustainMs);
        positive("clearMs", clearMs);
        positive("misfireSustainMs", misfireSustainMs);
        positive("anomalySustainMs", anomalySustainMs);
        if (!(idleJitterRpm > 0)) {
            throw new IllegalArgumentException("idleJitterRpm must be > 0, got " + idleJitterRpm);
        }
        if (maxDtcEpisodes < 1 || maxDtcEpisodes > 1024) {
            throw new IllegalArgumentException("maxDtcEpisodes must be within 1..1024, got " + maxDtcEpisodes);
        }
    }

    private static void ordered(String what, double low, double mid, double high) {
        if (!(low < mid && mid < high)) {
            throw new IllegalArgumentException(what + " thresholds must increase strictly (hysteresis), got "
                    + low + ", " + mid + ", " + high);
        }
    }

    private static void positive(String name, long v) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, got " + v);
        }
    }
}
