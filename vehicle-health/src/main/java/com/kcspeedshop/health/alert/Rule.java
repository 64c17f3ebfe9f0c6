package com.kcspeedshop.health.alert;

/** The alert rules; {@link #wireName()} is the {@code Alert.rule} value. */
public enum Rule {
    OVERHEATING("overheating"),
    ENGINE_RUNNING_COLD("engine-running-cold"),
    BATTERY_LOW_ENGINE_OFF("battery-low-engine-off"),
    CHARGING_LOW("charging-low"),
    FUEL_TRIM("fuel-trim"),
    MISFIRE("misfire"),
    HEALTH_LOW("health-low"),
    PERSISTENT_ANOMALY("persistent-anomaly"),
    DTC("dtc");

    private final String wireName;

    Rule(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
