/**
 * The vehicle-health job: per vehicle, the plain-Java engine of {@code vehicle-health} inside one keyed operator
 * ({@link com.kcspeedshop.flink.health.HealthFunction}), its state in Flink keyed state through
 * {@link com.kcspeedshop.flink.health.VehicleHealthStateSerializer}.
 *
 * <p>Invariant: for input whose events arrive per vehicle in capture-time order, the health-score output equals,
 * record for record and per vehicle in order, {@code HealthReference.compute} over the same input (plus the scores of
 * intervals the watermark has closed, which the reference only emits on the vehicle's next reading).
 */
package com.kcspeedshop.flink.health;
