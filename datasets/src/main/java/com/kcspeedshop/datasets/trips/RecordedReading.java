package com.kcspeedshop.datasets.trips;

import java.time.Instant;

/**
 * One value read out of a trip log, before it is stamped with a vehicle, a source and a sequence number.
 *
 * @param recordedAt when the logger recorded it (reconstructed for carOBD, which has no wall clock)
 * @param signal     signal name of the collector's PID table, e.g. {@code ENGINE_RPM}
 * @param value      the value in {@code unit}
 * @param unit       the PID table's unit, e.g. {@code rpm}, {@code degC}
 * @param line       1-based line of the log it came from
 */
public record RecordedReading(Instant recordedAt, String signal, double value, String unit, long line) {
}
