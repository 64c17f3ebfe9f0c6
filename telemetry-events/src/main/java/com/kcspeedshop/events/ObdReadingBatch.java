package com.kcspeedshop.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The readings of one poll cycle of one vehicle, carried as one record: a collector asks the car for several PIDs in
 * one request and gets them back together, so it sends them together. On the readings topic this record and single
 * {@link ObdReading}s mix freely; {@link Events#OBD_READING_BATCH} decodes either, a single reading as a batch of one.
 *
 * <p>Why a record per cycle: every record costs a consumer the same fixed work (a Kafka record, a network hop in a
 * Flink job, a state lookup per vehicle), whatever it carries. A car polled for six signals pays it once instead of six
 * times. Each reading keeps its own sequence, capture time and ECU, so nothing is lost against sending them one by one.
 *
 * <p>Invariants (checked here, so a decoded batch always holds them): 1 to {@value #MAX_READINGS} readings, all of one
 * vehicle and one source, sequences strictly increasing, capture times never decreasing and within {@link #MAX_SPAN}.
 * The batch's event time is its first reading's, the earliest: a consumer that judges lateness by it never takes a
 * batch for on time while one of its readings is already late.
 *
 * @param readings the cycle's readings, in the order they were sequenced
 */
public record ObdReadingBatch(List<ObdReading> readings) {

    /** More than any car answers in one cycle; bounds what a corrupt length prefix can make a reader allocate. */
    public static final int MAX_READINGS = 1024;
    /** A poll cycle takes seconds; a batch spanning longer than this is a producer bug, not a cycle. */
    public static final Duration MAX_SPAN = Duration.ofHours(1);

    public ObdReadingBatch {
        Checks.notNull(readings, "readings");
        if (readings.isEmpty() || readings.size() > MAX_READINGS) {
            throw new IllegalArgumentException("a batch holds 1 to " + MAX_READINGS + " readings, got "
                    + readings.size());
        }
        readings = List.copyOf(readings);
        ObdReading first = readings.get(0);
        ObdReading previous = first;
        for (int i = 1; i < readings.size(); i++) {
            ObdReading reading = readings.get(i);
            if (!reading.vin().equals(first.vin()) || !reading.source().equals(first.source())) {
                throw new IllegalArgumentException("a batch holds one vehicle's readings from one source: reading " + i
                        + " is " + reading.vin() + "/" + reading.source() + ", the first " + first.vin() + "/"
                        + first.source());
            }
            if (reading.sequence() <= previous.sequence()) {
                throw new IllegalArgumentException("sequences in a batch must increase: reading " + i + " has "
                        + reading.sequence() + " after " + previous.sequence());
            }
            if (reading.capturedAt().isBefore(previous.capturedAt())) {
                throw new IllegalArgumentException("capture times in a batch must not decrease: reading " + i
                        + " at " + reading.capturedAt() + " after " + previous.capturedAt());
            }
            previous = reading;
        }
        if (Duration.between(first.capturedAt(), previous.capturedAt()).compareTo(MAX_SPAN) > 0) {
            throw new IllegalArgumentException("a batch spans at most " + MAX_SPAN + ", this one "
                    + first.capturedAt() + " to " + previous.capturedAt());
        }
    }

    /** A batch of one. */
    public static ObdReadingBatch of(ObdReading reading) {
        return new ObdReadingBatch(List.of(reading));
    }

    public String vin() {
        return readings.get(0).vin();
    }

    public String source() {
        return readings.get(0).source();
    }

    public long firstSequence() {
        return readings.get(0).sequence();
    }

    public long lastSequence() {
        return readings.get(readings.size() - 1).sequence();
    }

    /** The first (earliest) reading's capture time: the batch's event time. */
    public Instant capturedAt() {
        return readings.get(0).capturedAt();
    }

    public int size() {
        return readings.size();
    }

    /**
     * The readings sequenced after {@code sequence}: this batch if all are, null if none. A consumer that has seen its
     * source up to {@code sequence} keeps only the rest, e.g. when a collector's journal re-sends a cycle it had sent.
     */
    public ObdReadingBatch after(long sequence) {
        if (firstSequence() > sequence) {
            return this;
        }
        if (lastSequence() <= sequence) {
            return null;
        }
        List<ObdReading> newer = new ArrayList<>(readings.size());
        for (ObdReading reading : readings) {
            if (reading.sequence() > sequence) {
                newer.add(reading);
            }
        }
        return new ObdReadingBatch(newer);
    }
}
