package com.kcspeedshop.flink.ingest;

import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.ObdReadingBatch;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.util.function.SerializableFunction;

/**
 * What the ingest stage needs to know about an event type: how to name its operators, and where its vehicle, source,
 * per-source sequence and event time are. Serializable because the operators carry it to the task managers.
 *
 * @param <T> a wire record that carries (source, sequence) and an event time
 */
public final class EventKind<T> implements Serializable {

    /**
     * Readings from {@code telemetry.obd-readings.v1}, one poll cycle per record (a single-reading record decodes as a
     * batch of one); uids keep the names the signal-windows job always had. A batch is identified by its last sequence
     * and timed by its first reading, the earliest; a batch partly seen before keeps only its newer readings.
     */
    public static final EventKind<ObdReadingBatch> OBD_READINGS = new EventKind<>(ObdReadingBatch.class,
            "obd-readings", ObdReadingBatch::vin, ObdReadingBatch::source, ObdReadingBatch::lastSequence,
            ObdReadingBatch::capturedAt, ObdReadingBatch::after);
    /** Trouble-code reports from {@code telemetry.dtc-reports.v1}. */
    public static final EventKind<DtcReport> DTC_REPORTS = new EventKind<>(DtcReport.class, "dtc-reports",
            DtcReport::vin, DtcReport::source, DtcReport::sequence, DtcReport::capturedAt,
            (report, highest) -> report.sequence() > highest ? report : null);

    /** What of an event is new to a consumer that has seen its source up to a sequence: all of it, part, or null. */
    @FunctionalInterface
    interface After<T> extends Serializable {
        T after(T event, long highestSeen);
    }

    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private final String name;
    private final SerializableFunction<T, String> vin;
    private final SerializableFunction<T, String> source;
    private final SerializableFunction<T, Long> sequence;
    private final SerializableFunction<T, Instant> eventTime;
    private final After<T> after;

    private EventKind(Class<T> type, String name, SerializableFunction<T, String> vin,
                      SerializableFunction<T, String> source, SerializableFunction<T, Long> sequence,
                      SerializableFunction<T, Instant> eventTime, After<T> after) {
        this.type = type;
        this.name = name;
        this.vin = vin;
        this.source = source;
        this.sequence = sequence;
        this.eventTime = eventTime;
        this.after = after;
    }

    public Class<T> type() {
        return type;
    }

    /** Prefix of operator names and uids, e.g. {@code obd-readings}. */
    public String name() {
        return name;
    }

    String vin(T event) {
        return vin.apply(event);
    }

    String source(T event) {
        return source.apply(event);
    }

    /** The event's sequence; for an event that carries several, the highest. */
    long sequence(T event) {
        return sequence.apply(event);
    }

    /** The part of {@code event} sequenced after {@code highestSeen}: the event itself, a trimmed copy, or null. */
    T after(T event, long highestSeen) {
        return after.after(event, highestSeen);
    }

    long eventTimeMillis(T event) {
        return eventTime.apply(event).toEpochMilli();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventKind<?> other && type.equals(other.type) && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, name);
    }

    @Override
    public String toString() {
        return name;
    }
}
