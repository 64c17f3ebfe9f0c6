package com.kcspeedshop.collector.elm327.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A running car as a function of time since the engine started: 20 s warm-up idle, then a repeating 60 s city cycle
 * (10 s stopped, 15 s accelerating to 100 km/h, 20 s cruising, 15 s braking). Pure function of the clock, so a test
 * with a fixed clock gets fixed values.
 */
final class CarModel {

    static final double IDLE_RPM = 780;
    private static final double WARMUP_S = 20;
    private static final double CYCLE_S = 60;
    private static final double CRUISE_KMH = 100;
    /** Engine rpm per km/h in the gear the cycle uses; 100 km/h ≈ 2,600 rpm. */
    private static final double RPM_PER_KMH = 26;
    private static final double AMBIENT_C = 20;
    private static final double THERMOSTAT_C = 90;
    private static final double WARMING_TAU_S = 180;

    private enum Phase { IDLE, ACCELERATE, CRUISE, BRAKE }

    private final Clock clock;
    private final Instant engineStart;

    CarModel(Clock clock) {
        this.clock = clock;
        this.engineStart = clock.instant();
    }

    private double seconds() {
        return Duration.between(engineStart, clock.instant()).toMillis() / 1000.0;
    }

    private Phase phase(double t) {
        if (t < WARMUP_S) {
            return Phase.IDLE;
        }
        double c = (t - WARMUP_S) % CYCLE_S;
        return c < 10 ? Phase.IDLE : c < 25 ? Phase.ACCELERATE : c < 45 ? Phase.CRUISE : Phase.BRAKE;
    }

    double speedKmh() {
        double t = seconds();
        double c = (t - WARMUP_S) % CYCLE_S;
        return switch (phase(t)) {
            case IDLE -> 0;
            case ACCELERATE -> CRUISE_KMH * (c - 10) / 15;
            case CRUISE -> CRUISE_KMH;
            case BRAKE -> CRUISE_KMH * (60 - c) / 15;
        };
    }

    double rpm() {
        double t = seconds();
        // small wobble so consecutive reads differ as on a real engine
        double wobble = 15 * Math.sin(t * 5);
        double extra = phase(t) == Phase.ACCELERATE ? 400 : 0;
        return Math.max(IDLE_RPM, speedKmh() * RPM_PER_KMH + extra) + wobble;
    }

    /** Engine load, %: idle ~20, cruise ~35, accelerating ~70, braking (fuel cut) ~10. */
    double loadPercent() {
        return switch (phase(seconds())) {
            case IDLE -> 20;
            case ACCELERATE -> 70;
            case CRUISE -> 35;
            case BRAKE -> 10;
        };
    }

    double throttlePercent() {
        return switch (phase(seconds())) {
            case IDLE, BRAKE -> 15;
            case ACCELERATE -> 55;
            case CRUISE -> 25;
        };
    }

    double coolantC() {
        return AMBIENT_C + (THERMOSTAT_C - AMBIENT_C) * (1 - Math.exp(-seconds() / WARMING_TAU_S));
    }

    double intakeAirC() {
        return AMBIENT_C + 8;
    }

    /** Mass air flow, g/s: roughly proportional to rpm times load, ~3 g/s at idle. */
    double mafGramsPerSecond() {
        return rpm() * loadPercent() / 5200;
    }

    /** Short-term fuel trim, %: the closed loop hunting ±3 % around the long-term value. */
    double shortTermTrimPercent() {
        return 3 * Math.sin(seconds() * 2 * Math.PI / 3);
    }

    double longTermTrimPercent() {
        return 2.3;
    }

    /** Control-module (system) voltage with the alternator charging. */
    double moduleVolts() {
        return 14.1 + 0.1 * Math.sin(seconds() / 7);
    }
}
