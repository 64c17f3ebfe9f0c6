package com.kcspeedshop.collector.sim;

import java.util.random.RandomGenerator;

/**
 * Everything under the bonnet of one car, driven by what the {@link Driver} does: gear and RPM from speed, load from
 * acceleration, coolant warming to the thermostat, alternator charging, fuel trims. Per-car constants (idle speed,
 * thermostat, battery, learned trim) come from the car's own random stream, so cars differ but stay reproducible.
 */
final class Engine {

    /** RPM per km/h in gears 1..6 (index 0 unused); sixth gear at 180 km/h gives ~4300 rpm. */
    private static final double[] RPM_PER_KMH = {0, 120, 70, 48, 36, 29, 24};
    private static final double REV_LIMIT = 5500;
    /** Below this the clutch or torque converter slips and the engine idles. */
    private static final double CREEP_KMH = 8;
    /** Below this the ECU runs open loop (cold enrichment), so short trim reads 0. */
    private static final double CLOSED_LOOP_C = 40;

    private final RandomGenerator random;
    private final double idleWarmRpm;
    private final double thermostatC;
    private final double ambientC;
    private final double restVolts;
    private final double chargeVolts;
    private final double longTrimBase;

    private double coolantC;
    private double longTrim;
    private double shortTrim;
    private double smoothedLoad;
    private int gear = 1;
    private double rpm;
    private double load;
    private double volts;

    Engine(RandomGenerator random) {
        this.random = random;
        this.idleWarmRpm = random.nextDouble(680, 760);
        this.thermostatC = random.nextDouble(88, 92);
        this.ambientC = random.nextDouble(-5, 30);
        this.restVolts = random.nextDouble(12.3, 12.6);
        this.chargeVolts = random.nextDouble(13.95, 14.35);
        this.longTrimBase = random.nextDouble(-3, 3);
        this.coolantC = ambientC;
        this.longTrim = longTrimBase;
        this.volts = restVolts;
    }

    void step(double dt, Phase phase, double speedKmh, double accelerationKmhPerS, double aggressiveness) {
        rpm = switch (phase) {
            case PARKED -> 0;
            case CRANKING -> random.nextDouble(160, 300);
            default -> runningRpm(speedKmh, accelerationKmhPerS, aggressiveness);
        };
        load = switch (phase) {
            case PARKED -> 0;
            case CRANKING -> random.nextDouble(25, 45);
            default -> runningLoad(speedKmh, accelerationKmhPerS);
        };
        volts = switch (phase) {
            case PARKED -> clamp(restVolts + random.nextGaussian() * 0.01, 12.2, 12.7);
            // the starter motor draws a few hundred amps
            case CRANKING -> random.nextDouble(9.6, 10.8);
            default -> clamp(chargeVolts + random.nextGaussian() * 0.05, 13.8, 14.5);
        };
        smoothedLoad += (load - smoothedLoad) * Math.min(1, dt / 60);
        updateCoolant(dt, phase);
        updateTrims(dt, phase, accelerationKmhPerS);
    }

    CarState state(Phase phase, double speedKmh) {
        return new CarState(phase, rpm, speedKmh, coolantC, volts, shortTrim, longTrim, load);
    }

    private double runningRpm(double speedKmh, double accelerationKmhPerS, double aggressiveness) {
        // a cold engine idles higher (fast idle) until it is near operating temperature
        double coldBonus = 140 * clamp((60 - coolantC) / 60, 0, 1);
        double idle = clamp(idleWarmRpm + coldBonus + random.nextGaussian() * 8, 650, 900);
        if (speedKmh < CREEP_KMH) {
            gear = 1;
            return idle;
        }
        selectGear(speedKmh, accelerationKmhPerS, aggressiveness);
        return clamp(speedKmh * RPM_PER_KMH[gear], idle, REV_LIMIT);
    }

    /** Upshift late when pulling hard, otherwise ride the highest gear that keeps the engine above lugging speed. */
    private void selectGear(double speedKmh, double accelerationKmhPerS, double aggressiveness) {
        if (accelerationKmhPerS > 1) {
            double shiftUpRpm = 2300 + 3000 * (aggressiveness - 0.8);
            while (gear < 6 && speedKmh * RPM_PER_KMH[gear] > shiftUpRpm) {
                gear++;
            }
            while (gear > 1 && speedKmh * RPM_PER_KMH[gear] < 1300) {
                gear--;
            }
            return;
        }
        gear = 1;
        while (gear < 6 && speedKmh * RPM_PER_KMH[gear + 1] >= 1400) {
            gear++;
        }
    }

    private double runningLoad(double speedKmh, double accelerationKmhPerS) {
        double noise = random.nextGaussian() * 1.5;
        if (speedKmh < CREEP_KMH && accelerationKmhPerS <= 0) {
            return clamp(20 + noise, 15, 30);
        }
        if (accelerationKmhPerS < -1) {
            // closed throttle on overrun: the ECU cuts fuel
            return clamp(4 + noise, 0, 10);
        }
        // rolling resistance and drag grow with speed; acceleration needs torque on top
        double drag = 15 + speedKmh * 0.12;
        return clamp(drag + Math.max(0, accelerationKmhPerS) * 9 + noise, 0, 100);
    }

    private void updateCoolant(double dt, Phase phase) {
        if (!phase.engineOn()) {
            // Newton cooling towards ambient, ~25 min time constant for a closed bonnet
            coolantC += (ambientC - coolantC) * Math.min(1, dt / 1500);
            return;
        }
        // the thermostat opens at its set point and holds the coolant there, a little higher under sustained load
        double plateau = thermostatC + 3 * smoothedLoad / 100;
        if (coolantC < thermostatC) {
            double warming = (0.06 + 0.22 * load / 100) * dt;
            coolantC = Math.min(plateau, coolantC + warming);
        } else {
            coolantC += (plateau - coolantC) * Math.min(1, dt / 60);
        }
    }

    private void updateTrims(double dt, Phase phase, double accelerationKmhPerS) {
        boolean closedLoop = phase.engineRunning() && coolantC >= CLOSED_LOOP_C && accelerationKmhPerS >= -1;
        if (!closedLoop) {
            shortTrim = 0;
            return;
        }
        // AR(1) noise: the O2 sensor loop oscillates around 0 rather than jumping independently each sample
        shortTrim = clamp(0.7 * shortTrim + random.nextGaussian() * 1.8, -10, 10);
        // the learned trim is a slow random walk that relaxes towards this car's own bias (its injectors, its leaks)
        longTrim += (longTrimBase - longTrim) * dt / 3600 + random.nextGaussian() * 0.015 * Math.sqrt(dt);
        longTrim = clamp(longTrim, -5, 5);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
