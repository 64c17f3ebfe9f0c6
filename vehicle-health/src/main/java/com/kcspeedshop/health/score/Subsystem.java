package com.kcspeedshop.health.score;

import java.util.Locale;

/** The subsystems a health score is computed for; {@link #wireName()} is the {@code HealthScore.subsystem} value. */
public enum Subsystem {
    COOLING, FUEL_AIR, IGNITION, CHARGING, EMISSIONS;

    /** The score over all subsystems: the worst one (a car is as healthy as its sickest subsystem). */
    public static final String OVERALL = "overall";

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The subsystem a trouble code belongs to, by its SAE J2012 group (P01xx/P02xx fuel and air metering, P03xx
     * ignition/misfire, P04xx emission controls) and a few well-known codes (P0115-P0119 coolant sensor, P0125/P0128
     * coolant below thermostat temperature, P0562/P0563 system voltage); null when it fits none.
     */
    public static Subsystem ofDtc(String code) {
        if (code.startsWith("P011") || code.equals("P0125") || code.equals("P0128")) {
            return COOLING;
        }
        if (code.equals("P0562") || code.equals("P0563") || code.startsWith("P062")) {
            return CHARGING;
        }
        if (code.startsWith("P01") || code.startsWith("P02")) {
            return FUEL_AIR;
        }
        if (code.startsWith("P03")) {
            return IGNITION;
        }
        if (code.startsWith("P04")) {
            return EMISSIONS;
        }
        return null;
    }
}
