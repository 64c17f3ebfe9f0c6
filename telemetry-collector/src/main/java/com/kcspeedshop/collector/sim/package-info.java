/**
 * A simulated fleet: N cars, each a small state machine (parked → cranking → warm-up idle → drive cycles of accelerate,
 * cruise, decelerate and stops at lights → parked again), sampled into {@link com.kcspeedshop.events.ObdReading}s.
 *
 * <p>Invariants every reading keeps (the unit tests check them): values lie in their {@link
 * com.kcspeedshop.collector.sim.Signal}'s range and resolution; ENGINE_RPM is 0 exactly when the engine is off, and then
 * VEHICLE_SPEED is 0 and the voltage is a resting battery's; the alternator charges only while the engine runs; a warm
 * engine's coolant sits on its thermostat plateau. Given a seed and the same clock readings, the output is identical, so
 * a failing pipeline test can be replayed. Time comes from an injected {@link java.time.Clock}, never from sleeping.
 */
package com.kcspeedshop.collector.sim;
