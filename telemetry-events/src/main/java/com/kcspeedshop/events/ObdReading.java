package com.kcspeedshop.events;

import java.time.Instant;

/**
 * One decoded value of one signal of one vehicle.
 *
 * @param vin        the vehicle (ISO 3779 shape)
 * @param signal     signal name, e.g. {@code ENGINE_RPM}; the collector maps PIDs to these names
 * @param value      the physical value, already scaled
 * @param unit       unit of {@code value}, e.g. {@code rpm}, {@code km/h}, {@code degC}, {@code V}, {@code %}
 * @param capturedAt when the adapter answered (event time)
 * @param source     who produced it: a collector instance, a simulator, a replay; with {@code sequence} it identifies the
 *                   reading, so a consumer drops duplicates by (source, sequence)
 * @param sequence   per source, strictly increasing
 * @param ecu        the ECU that answered (e.g. {@code 7E8}), or null when unknown. Added in schema version 2.
 */
public record ObdReading(String vin, String signal, double value, String unit, Instant capturedAt, String source,
                         long sequence, String ecu) {

    public ObdReading {
        Vin.require(vin);
        Checks.notBlank(signal, "signal");
        Checks.finite(value, "value");
        Checks.notNull(unit, "unit");
        Checks.notNull(capturedAt, "capturedAt");
        Checks.notBlank(source, "source");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be >= 0, got " + sequence);
        }
    }

    /** A reading whose ECU is unknown. */
    public ObdReading(String vin, String signal, double value, String unit, Instant capturedAt, String source,
                      long sequence) {
        this(vin, signal, value, unit, capturedAt, source, sequence, null);
    }
}
