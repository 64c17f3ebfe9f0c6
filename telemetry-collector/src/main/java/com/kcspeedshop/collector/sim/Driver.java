package com.kcspeedshop.collector.sim;

import java.util.random.RandomGenerator;

/**
 * The state machine of one car's use: when it starts, how hard it accelerates, how fast it cruises, where it stops and
 * when it parks. Owns the phase and the vehicle speed; {@link Engine} derives everything under the bonnet from them.
 *
 * <p>Durations are compressed against real life (parked for minutes, not hours) so a demo fleet stays busy and a
 * one-hour simulated test sees several trips.
 */
final class Driver {

    private static final double MAX_SPEED_KMH = 180;

    private final RandomGenerator random;
    /** 0.8 (gentle) .. 1.4 (eager): scales acceleration and how late the engine shifts up. */
    private final double aggressiveness;

    private Phase phase = Phase.PARKED;
    private double phaseSecondsLeft;
    private double speedKmh;
    private double targetKmh;
    private double accelerationKmhPerS;
    private double cruiseWander;
    /** km/h per second chosen when a speed change starts, so one manoeuvre has one steady rate. */
    private double changeRate;
    private double tripSeconds;

    Driver(RandomGenerator random) {
        this.random = random;
        this.aggressiveness = random.nextDouble(0.8, 1.4);
        // cars start their first trip at different moments, not all in the same second
        this.phaseSecondsLeft = random.nextDouble(1, 15);
    }

    Phase phase() {
        return phase;
    }

    double speedKmh() {
        return speedKmh;
    }

    /** Speed change over the last step; positive while speeding up. */
    double accelerationKmhPerS() {
        return accelerationKmhPerS;
    }

    double aggressiveness() {
        return aggressiveness;
    }

    void step(double dt) {
        double before = speedKmh;
        phaseSecondsLeft -= dt;
        if (phase.engineOn()) {
            tripSeconds += dt;
        }
        switch (phase) {
            case PARKED -> whenTimeUp(this::crank);
            case CRANKING -> whenTimeUp(() -> enter(Phase.WARM_UP_IDLE, random.nextDouble(15, 60)));
            case WARM_UP_IDLE, STOPPED -> whenTimeUp(this::leaveStandstill);
            case ACCELERATING -> accelerate(dt);
            case CRUISING -> cruise(dt);
            case DECELERATING -> decelerate(dt);
        }
        accelerationKmhPerS = dt > 0 ? (speedKmh - before) / dt : 0;
    }

    private void whenTimeUp(Runnable next) {
        if (phaseSecondsLeft <= 0) {
            next.run();
        }
    }

    private void enter(Phase next, double seconds) {
        phase = next;
        phaseSecondsLeft = seconds;
    }

    private void crank() {
        tripSeconds = 0;
        enter(Phase.CRANKING, random.nextDouble(0.8, 2.0));
    }

    private void leaveStandstill() {
        // a stop after a few minutes of driving is sometimes the destination
        if (phase == Phase.STOPPED && tripSeconds > 180 && random.nextDouble() < 0.15) {
            enter(Phase.PARKED, random.nextDouble(60, 300));
            return;
        }
        targetKmh = pickCruiseSpeed();
        changeSpeed();
    }

    private void accelerate(double dt) {
        // engines run out of surplus power as speed (drag) rises
        double rate = changeRate * Math.max(0.15, 1 - speedKmh / 220);
        speedKmh = Math.min(targetKmh, speedKmh + rate * dt);
        if (speedKmh >= targetKmh) {
            cruiseWander = 0;
            enter(Phase.CRUISING, random.nextDouble(15, 120));
        }
    }

    private void cruise(double dt) {
        // Ornstein-Uhlenbeck wander: a driver holds speed within a few km/h, not exactly
        cruiseWander += -cruiseWander * dt / 10 + random.nextGaussian() * 0.6 * Math.sqrt(dt);
        cruiseWander = Math.max(-4, Math.min(4, cruiseWander));
        speedKmh = clampSpeed(targetKmh + cruiseWander);
        if (phaseSecondsLeft > 0) {
            return;
        }
        if (random.nextDouble() < 0.45) {
            targetKmh = 0; // a red light or the end of a street
        } else {
            targetKmh = pickCruiseSpeed();
        }
        changeSpeed();
    }

    private void changeSpeed() {
        if (targetKmh > speedKmh) {
            changeRate = aggressiveness * random.nextDouble(4, 8);
            enter(Phase.ACCELERATING, 0);
        } else {
            // braking for a stop is firmer than easing off to a lower limit
            changeRate = targetKmh == 0 ? random.nextDouble(6, 11) : random.nextDouble(3, 6);
            enter(Phase.DECELERATING, 0);
        }
    }

    private void decelerate(double dt) {
        speedKmh = Math.max(targetKmh, speedKmh - changeRate * dt);
        if (speedKmh > targetKmh) {
            return;
        }
        if (targetKmh == 0) {
            speedKmh = 0;
            enter(Phase.STOPPED, random.nextDouble(5, 45));
        } else {
            cruiseWander = 0;
            enter(Phase.CRUISING, random.nextDouble(15, 120));
        }
    }

    /** Mostly town, some arterial roads, a little motorway, rarely fast. */
    private double pickCruiseSpeed() {
        double road = random.nextDouble();
        if (road < 0.5) {
            return random.nextDouble(30, 60);
        }
        if (road < 0.8) {
            return random.nextDouble(60, 90);
        }
        if (road < 0.97) {
            return random.nextDouble(90, 130);
        }
        return random.nextDouble(130, 165);
    }

    private static double clampSpeed(double kmh) {
        return Math.max(0, Math.min(MAX_SPEED_KMH, kmh));
    }
}
