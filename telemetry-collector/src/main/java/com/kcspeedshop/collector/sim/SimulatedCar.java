package com.kcspeedshop.collector.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/** One simulated car: a VIN, a {@link Driver} and an {@link Engine}, advanced together through simulated time. */
final class SimulatedCar {

    /** Physics step: long gaps are integrated in slices so no phase is skipped over in one jump. */
    private static final double MAX_STEP_SECONDS = 0.5;
    /** A clock jump (suspended laptop) longer than this is simulated as if only this much time passed. */
    private static final double MAX_GAP_SECONDS = 3600;

    private final String vin;
    private final Driver driver;
    private final Engine engine;
    private Instant lastStep;

    SimulatedCar(String vin, RandomGenerator random) {
        this.vin = vin;
        this.driver = new Driver(random);
        this.engine = new Engine(random);
        engine.step(0, driver.phase(), 0, 0, driver.aggressiveness());
    }

    String vin() {
        return vin;
    }

    /** Advances to {@code now}; a clock that stands still or steps back leaves the car as it is. */
    void advanceTo(Instant now) {
        if (lastStep == null) {
            lastStep = now;
            return;
        }
        if (!now.isAfter(lastStep)) {
            return;
        }
        double seconds = Math.min(MAX_GAP_SECONDS, Duration.between(lastStep, now).toNanos() / 1e9);
        lastStep = now;
        while (seconds > 0) {
            double dt = Math.min(MAX_STEP_SECONDS, seconds);
            driver.step(dt);
            engine.step(dt, driver.phase(), driver.speedKmh(), driver.accelerationKmhPerS(), driver.aggressiveness());
            seconds -= dt;
        }
    }

    CarState state() {
        return engine.state(driver.phase(), driver.speedKmh());
    }
}
