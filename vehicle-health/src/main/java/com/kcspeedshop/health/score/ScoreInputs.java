package com.kcspeedshop.health.score;

import java.util.SortedMap;

/**
 * What one interval's scores are computed from; NaN means unknown (the car does not report it, or not in this interval)
 * and never costs points.
 *
 * @param coolantMean        mean COOLANT_TEMP of the interval, degC
 * @param coldAfterWarmUp    true if the engine, once warmed up, is running with the coolant below the warm temperature
 * @param totalTrim1         mean |TOTAL_FUEL_TRIM_1| sign kept, %
 * @param totalTrim2         mean TOTAL_FUEL_TRIM_2, %
 * @param idleRpmJitter      mean IDLE_RPM_JITTER (needs at least 5 samples), rpm
 * @param chargingVolts      mean BATTERY_V_CHARGING, V
 * @param engineOffVolts     mean BATTERY_V_ENGINE_OFF, V
 * @param catalystMax        max CATALYST_TEMP_B1S1, degC
 * @param milOnMinutes       last TIME_WITH_MIL_ON, min
 * @param activeDtcs         active trouble codes, code to confirmed (stored/permanent) or not (pending), sorted
 */
public record ScoreInputs(double coolantMean, boolean coldAfterWarmUp, double totalTrim1, double totalTrim2,
                          double idleRpmJitter, double chargingVolts, double engineOffVolts, double catalystMax,
                          double milOnMinutes, SortedMap<String, Boolean> activeDtcs) {

    /** The same inputs with other trouble codes: an interval closes before the codes of its end are known. */
    public ScoreInputs withActiveDtcs(SortedMap<String, Boolean> codes) {
        return new ScoreInputs(coolantMean, coldAfterWarmUp, totalTrim1, totalTrim2, idleRpmJitter, chargingVolts,
                engineOffVolts, catalystMax, milOnMinutes, codes);
    }
}
