/**
 * Vehicles: the registry (owners register by VIN, keep the odometer, authorise workshops), offline VIN decoding, and
 * the latest signal windows over REST.
 *
 * <p>Reads the {@code vehicle} and {@code signal_window} tables that the signal-windows Flink job upserts and never
 * writes them; owns {@code vehicle_registration} and {@code vehicle_workshop_grant}. A VIN in a path is checked for
 * shape first (400 when malformed), then {@link com.kcspeedshop.platform.vehicle.VehicleAccess} decides: 404 when the
 * vehicle does not exist or the caller has no relation to it, 403 when the relation does not allow the action. The
 * odometer never goes backwards (409). All errors are problem details.
 */
package com.kcspeedshop.platform.vehicle;
