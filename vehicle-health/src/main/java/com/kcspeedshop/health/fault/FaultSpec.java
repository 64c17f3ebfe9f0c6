package com.kcspeedshop.health.fault;

import java.time.Instant;
import java.util.Objects;

/**
 * One fault to inject: what, from when, how strong (unit per {@link FaultType}) and the seed of any randomness, so
 * the same spec on the same trip always gives the same readings.
 */
public record FaultSpec(FaultType type, Instant onset, double magnitude, long seed) {

    public FaultSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(onset, "onset");
        if (!(magnitude > 0) || Double.isInfinite(magnitude)) {
            throw new IllegalArgumentException("magnitude must be a positive number, got " + magnitude);
        }
    }

    /** The fault at its default magnitude. */
    public static FaultSpec of(FaultType type, Instant onset, long seed) {
        return new FaultSpec(type, onset, type.defaultMagnitude(), seed);
    }
}
