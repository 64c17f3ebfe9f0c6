package com.kcspeedshop.health.features;

import java.util.HashMap;
import java.util.Map;

/**
 * Every per-vehicle quantity the engine tracks: raw signals (named as the collector's PID table names them) and derived
 * signals computed from them. The ordinal indexes the state arrays, so constants are only ever appended (the state codec
 * stores the count and refuses a state with more features than it knows).
 */
public enum Feature {
    ENGINE_RPM("ENGINE_RPM"),
    VEHICLE_SPEED("VEHICLE_SPEED"),
    COOLANT_TEMP("COOLANT_TEMP"),
    CONTROL_MODULE_VOLTAGE("CONTROL_MODULE_VOLTAGE"),
    SHORT_FUEL_TRIM_1("SHORT_FUEL_TRIM_1"),
    LONG_FUEL_TRIM_1("LONG_FUEL_TRIM_1"),
    SHORT_FUEL_TRIM_2("SHORT_FUEL_TRIM_2"),
    LONG_FUEL_TRIM_2("LONG_FUEL_TRIM_2"),
    ENGINE_LOAD("ENGINE_LOAD"),
    MAF_RATE("MAF_RATE"),
    INTAKE_MAP("INTAKE_MAP"),
    INTAKE_AIR_TEMP("INTAKE_AIR_TEMP"),
    THROTTLE_POS("THROTTLE_POS"),
    CATALYST_TEMP_B1S1("CATALYST_TEMP_B1S1"),
    CATALYST_TEMP_B1S2("CATALYST_TEMP_B1S2"),
    TIME_WITH_MIL_ON("TIME_WITH_MIL_ON"),
    /** SHORT_FUEL_TRIM_1 + LONG_FUEL_TRIM_1, %: the total correction bank 1 needs. */
    TOTAL_FUEL_TRIM_1(null),
    /** SHORT_FUEL_TRIM_2 + LONG_FUEL_TRIM_2, %. */
    TOTAL_FUEL_TRIM_2(null),
    /** Coolant temperature change over the last completed minute, degC/min. */
    COOLANT_WARMUP_RATE(null),
    /**
     * |RPM change| between consecutive samples at steady idle (stopped for a while, engine running for a while, RPM in
     * the idle band), rpm. Its window mean (mean absolute successive difference) is the misfire proxy: a slow trend such
     * as the idle settling after a stop barely moves it, misfires shaking the crankshaft do.
     */
    IDLE_RPM_JITTER(null),
    /** CONTROL_MODULE_VOLTAGE while the engine is known off (RPM 0): the battery's resting voltage. */
    BATTERY_V_ENGINE_OFF(null),
    /** CONTROL_MODULE_VOLTAGE while the engine runs (RPM above the idle floor): the charging voltage. */
    BATTERY_V_CHARGING(null),
    /**
     * Measured over expected air flow: MAF / (RPM x LOAD) or, without LOAD, MAF / (RPM x MAP / IAT[K]) (speed density).
     * Only its drift from this vehicle's own baseline means something (an unmetered air leak lowers it).
     */
    AIRFLOW_RATIO(null),
    /** CATALYST_TEMP_B1S2 - CATALYST_TEMP_B1S1, degC: a working catalyst's exotherm keeps it near or above zero. */
    CATALYST_DELTA(null);

    private static final Feature[] ALL = values();
    private static final Map<String, Feature> BY_SIGNAL = new HashMap<>();

    static {
        for (Feature f : ALL) {
            if (f.signal != null) {
                BY_SIGNAL.put(f.signal, f);
            }
        }
    }

    private final String signal;

    Feature(String signal) {
        this.signal = signal;
    }

    /** The wire signal name of a raw feature; null for a derived one. */
    public String signal() {
        return signal;
    }

    /** The name used in explanations and anomalies: the wire name, or the enum name of a derived feature. */
    public String label() {
        return signal != null ? signal : name();
    }

    /** The raw feature a wire signal name maps to, or null if the engine does not track that signal. */
    public static Feature ofSignal(String signal) {
        return BY_SIGNAL.get(signal);
    }

    /** All features, by ordinal (a shared array: callers must not modify it; it saves values() copies). */
    public static Feature[] all() {
        return ALL;
    }

    public static int count() {
        return ALL.length;
    }
}
