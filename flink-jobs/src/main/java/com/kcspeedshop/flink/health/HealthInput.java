package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.ObdReading;
import java.time.Instant;

/**
 * One event for the keyed health operator: exactly one of a reading or a trouble-code report. The two ingest streams
 * are unioned into this type so one keyed operator (with the model broadcast as its second input) sees both.
 *
 * @param reading the reading, or null
 * @param report  the trouble-code report, or null
 */
public record HealthInput(ObdReading reading, DtcReport report) {

    public HealthInput {
        if ((reading == null) == (report == null)) {
            throw new IllegalArgumentException("a health input is exactly one of a reading or a report");
        }
    }

    public static HealthInput of(ObdReading reading) {
        return new HealthInput(reading, null);
    }

    public static HealthInput of(DtcReport report) {
        return new HealthInput(null, report);
    }

    public String vin() {
        return reading != null ? reading.vin() : report.vin();
    }

    /** Capture time in epoch millis: the event time the operator orders by. */
    public long eventTimeMillis() {
        Instant at = reading != null ? reading.capturedAt() : report.capturedAt();
        return at.toEpochMilli();
    }
}
