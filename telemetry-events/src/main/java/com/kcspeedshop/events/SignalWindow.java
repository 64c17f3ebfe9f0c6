package com.kcspeedshop.events;

import java.time.Instant;

/**
 * Statistics of one signal of one vehicle over one event-time window [windowStart, windowEnd).
 * (vin, signal, windowStart) identifies the window; writers upsert on it, so replays are idempotent.
 */
public record SignalWindow(String vin, String signal, String unit, Instant windowStart, Instant windowEnd, double min,
                           double max, double mean, long count) {

    public SignalWindow {
        Vin.require(vin);
        Checks.notBlank(signal, "signal");
        Checks.notNull(unit, "unit");
        Checks.notNull(windowStart, "windowStart");
        Checks.notNull(windowEnd, "windowEnd");
        if (!windowEnd.isAfter(windowStart)) {
            throw new IllegalArgumentException("windowEnd must be after windowStart");
        }
        if (count <= 0) {
            throw new IllegalArgumentException("a window holds at least one reading, got count " + count);
        }
        if (!(min <= mean && mean <= max)) {
            throw new IllegalArgumentException("need min <= mean <= max, got " + min + ", " + mean + ", " + max);
        }
    }
}
