/**
 * Vehicle health in plain Java: {@link com.kcspeedshop.health.VehicleHealthEngine} turns one vehicle's readings and
 * trouble-code reports into health scores, anomalies and alert lifecycle events, against a caller-owned
 * {@link com.kcspeedshop.health.VehicleHealthState}. The Flink job keeps that state per VIN; the API, notebooks and the
 * {@link com.kcspeedshop.health.reference.HealthReference} run the very same code.
 *
 * <p>Invariants: outputs depend only on the order of one vehicle's events (no clock, randomness or hash order); state
 * size is bounded; a missing signal is unknown, never a penalty; the state's binary form is versioned.
 */
package com.kcspeedshop.health;
