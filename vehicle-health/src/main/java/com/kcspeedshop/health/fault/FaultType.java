package com.kcspeedshop.health.fault;

import java.util.List;
import java.util.Set;

/**
 * The faults the injector can simulate, each with the signals it needs (a trip lacking them cannot carry the fault: "not
 * applicable"), its default magnitude and the alert rules that count as detecting it. The README documents each model.
 */
public enum FaultType {
    /** The coolant sensor's reading drifts upward at {@code magnitude} degC/min from onset (capped at +40 degC). */
    COOLANT_SENSOR_DRIFT(List.of("COOLANT_TEMP"), 15, Set.of("overheating", "persistent-anomaly")),
    /**
     * The thermostat sticks open: from onset the coolant relaxes exponentially (time constant 60 s) towards
     * {@code magnitude} degC, the temperature an engine settles at with the radiator always in circuit.
     */
    THERMOSTAT_STUCK_OPEN(List.of("COOLANT_TEMP", "ENGINE_RPM"), 55, Set.of("engine-running-cold")),
    /**
     * An unmetered air leak: the total fuel trim of bank 1 rises by {@code magnitude} % at idle, tapering to 3/4 of it at
     * full load (the leak is a larger share of a small air flow); short-term trim reacts at once and long-term trim takes
     * the correction over with a 60 s time constant, as adaptive fuel control does.
     */
    VACUUM_LEAK(List.of("SHORT_FUEL_TRIM_1", "LONG_FUEL_TRIM_1"), 20, Set.of("fuel-trim")),
    /**
     * The alternator stops charging: system voltage falls to the battery's 12.5 V and then sags by {@code magnitude}
     * V/min under the electrical load (floor 11.0 V).
     */
    FAILING_ALTERNATOR(List.of("CONTROL_MODULE_VOLTAGE", "ENGINE_RPM"), 0.1, Set.of("charging-low")),
    /**
     * Misfiring cylinder: each running RPM sample, with probability 1/2, dips by a uniform 50-100 % of
     * {@code magnitude} rpm (the crankshaft slowing on the dead stroke), seeded.
     */
    MISFIRE(List.of("ENGINE_RPM", "VEHICLE_SPEED"), 250, Set.of("misfire"));

    private final List<String> requiredSignals;
    private final double defaultMagnitude;
    private final Set<String> detectingRules;

    FaultType(List<String> requiredSignals, double defaultMagnitude, Set<String> detectingRules) {
        this.requiredSignals = requiredSignals;
        this.defaultMagnitude = defaultMagnitude;
        this.detectingRules = detectingRules;
    }

    /** Signals a trip must carry for this fault to be injectable. */
    public List<String> requiredSignals() {
        return requiredSignals;
    }

    public double defaultMagnitude() {
        return defaultMagnitude;
    }

    /** The {@code Alert.rule} values that count as detecting this fault. */
    public Set<String> detectingRules() {
        return detectingRules;
    }
}
