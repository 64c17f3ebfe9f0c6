package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import java.time.Instant;

/**
 * One event for the keyed health operator: exactly one of a batch of readings (one poll cycle) or a trouble-code
 * report. The two ingest streams are unioned into this type so one keyed operator (with the model broadcast as its
 * second input) sees both.
 *
 * @param readings the readings, or null
 * @param report   the trouble-code report, or null
 */
public record HealthInput(ObdReadingBatch readings, DtcReport report) {

    public HealthInput {
        if ((readings == null) == (report == null)) {
            throw new IllegalArgumentException("a health input is exactly one of a reading batch or a report");
        }
    }

    public static HealthInput of(ObdReadingBatch readings) {
        return new HealthInput(readings, null);
    }

    /** A batch of one reading. */
    public static HealthInput of(ObdReading reading) {
        return of(ObdReadingBatch.of(reading));
    }

    public static HealthInput of(DtcReport report) {
        return new HealthInput(null, report);
    }

    public String vin() {
        return readings != null ? readings.vin() : report.vin();
    }

    /** Capture time in epoch millis (a batch's first reading's): the event time the operator orders by. */
    public long eventTimeMillis() {
        Instant at = readings != null ? readings.capturedAt() : report.capturedAt();
        return at.toEpochMilli();
    }
}
