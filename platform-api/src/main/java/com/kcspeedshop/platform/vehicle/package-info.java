/**
 * Vehicles and their latest signal windows, read over REST.
 *
 * <p>Reads the {@code vehicle} and {@code signal_window} tables that the signal-windows Flink job upserts; this
 * capability never writes them. A VIN in a path is checked for shape first (400 when malformed), then for existence
 * (404 when no vehicle row has it); both are problem details.
 */
package com.kcspeedshop.platform.vehicle;
