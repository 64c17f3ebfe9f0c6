package com.kcspeedshop.platform.alert;

import java.util.Map;

/**
 * Which workshop service fixes what an alert points at, so booking from an alert comes pre-filled. Codes are the
 * {@code service_type.code} a workshop defines; rules are the {@code Alert.rule} names of the health engine.
 */
public final class AlertServices {

    /** Default: a diagnostic scan, the right first step for anything without a more specific service. */
    public static final String DIAGNOSTIC_SCAN = "DIAGNOSTIC_SCAN";

    private static final Map<String, String> BY_RULE = Map.of(
            "overheating", "COOLING_CHECK",
            "engine-running-cold", "COOLING_CHECK",
            "battery-low-engine-off", "CHARGING_CHECK",
            "charging-low", "CHARGING_CHECK",
            "fuel-trim", "FUEL_AIR_DIAGNOSIS",
            "misfire", "IGNITION_CHECK");

    private AlertServices() {
    }

    public static String serviceCodeFor(String rule) {
        return BY_RULE.getOrDefault(rule, DIAGNOSTIC_SCAN);
    }
}
