package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One poll cycle's readings as the health operator reads them: in columns, with no {@link ObdReading} per reading.
 *
 * <p>Why: every reading of every vehicle crosses the shuffle into the health operator. Built back into validated
 * {@code ObdReading}s and an {@code ObdReadingBatch} there, each reading cost an object, an {@code Instant} and a
 * second run of the checks the source had already made when it decoded the record (a VIN check, blank checks, the
 * batch's order checks); the engine then reads only the signal, value and capture time. The columns hold exactly what
 * the batch held, so {@link #toBatch()} gives it back (checked again) for the rare reading that leaves the operator
 * as it came, a late one.
 *
 * <p>Only {@link HealthInputSerializer} builds columns from bytes ({@link Builder}), and only from bytes it wrote from
 * a batch that passed its checks on the source side; {@link #of(ObdReadingBatch)} builds them from a batch.
 * Immutable: a trimmed view ({@link #after}) shares the arrays.
 */
public final class ReadingColumns {

    private final String vin;
    private final String source;
    private final String[] signals;
    private final double[] values;
    private final String[] units;
    private final long[] seconds;
    private final int[] nanos;
    private final long[] millis;
    private final long[] sequences;
    private final String[] ecus;
    private final int from;

    /** Takes ownership of the arrays (all of one length, at least 1), which the caller must not change afterwards. */
    private ReadingColumns(String vin, String source, String[] signals, double[] values, String[] units, long[] seconds,
                   int[] nanos, long[] sequences, String[] ecus) {
        this(vin, source, signals, values, units, seconds, nanos, epochMillis(seconds, nanos), sequences, ecus, 0);
    }

    private ReadingColumns(String vin, String source, String[] signals, double[] values, String[] units,
                           long[] seconds, int[] nanos, long[] millis, long[] sequences, String[] ecus, int from) {
        if (signals.length == 0 || from >= signals.length) {
            throw new IllegalArgumentException("reading columns hold at least one reading");
        }
        this.vin = vin;
        this.source = source;
        this.signals = signals;
        this.values = values;
        this.units = units;
        this.seconds = seconds;
        this.nanos = nanos;
        this.millis = millis;
        this.sequences = sequences;
        this.ecus = ecus;
        this.from = from;
    }

    /** The batch's readings in columns. */
    public static ReadingColumns of(ObdReadingBatch batch) {
        List<ObdReading> readings = batch.readings();
        Builder columns = new Builder(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            ObdReading r = readings.get(i);
            columns.set(i, r.signal(), r.value(), r.unit(), r.capturedAt().getEpochSecond(), r.capturedAt().getNano(),
                    r.sequence(), r.ecu());
        }
        return columns.build(batch.vin(), batch.source());
    }

    /** Fills the columns of a known number of readings, one by one, without an object per reading. */
    static final class Builder {
        private final String[] signals;
        private final double[] values;
        private final String[] units;
        private final long[] seconds;
        private final int[] nanos;
        private final long[] sequences;
        private final String[] ecus;

        Builder(int size) {
            signals = new String[size];
            values = new double[size];
            units = new String[size];
            seconds = new long[size];
            nanos = new int[size];
            sequences = new long[size];
            ecus = new String[size];
        }

        void set(int i, String signal, double value, String unit, long second, int nano, long sequence, String ecu) {
            signals[i] = signal;
            values[i] = value;
            units[i] = unit;
            seconds[i] = second;
            nanos[i] = nano;
            sequences[i] = sequence;
            ecus[i] = ecu;
        }

        /** The columns; the builder must not be used afterwards (they share its arrays). */
        ReadingColumns build(String vin, String source) {
            return new ReadingColumns(vin, source, signals, values, units, seconds, nanos, sequences, ecus);
        }
    }

    public String vin() {
        return vin;
    }

    public String source() {
        return source;
    }

    public int size() {
        return signals.length - from;
    }

    public String signal(int i) {
        return signals[from + i];
    }

    public double value(int i) {
        return values[from + i];
    }

    public String unit(int i) {
        return units[from + i];
    }

    /** Capture time in epoch millis, as {@link Instant#toEpochMilli()} gives it. */
    public long capturedAtMillis(int i) {
        return millis[from + i];
    }

    public Instant capturedAt(int i) {
        return Instant.ofEpochSecond(seconds[from + i], nanos[from + i]);
    }

    public long sequence(int i) {
        return sequences[from + i];
    }

    /** The ECU that answered, or null. */
    public String ecu(int i) {
        return ecus[from + i];
    }

    public long lastSequence() {
        return sequences[sequences.length - 1];
    }

    /**
     * The readings sequenced after {@code sequence}: these columns if all are, a view of the newer ones, null if none.
     * As {@link ObdReadingBatch#after}: sequences increase within a batch.
     */
    public ReadingColumns after(long sequence) {
        if (sequences[from] > sequence) {
            return this;
        }
        if (lastSequence() <= sequence) {
            return null;
        }
        int first = from;
        while (sequences[first] <= sequence) {
            first++;
        }
        return new ReadingColumns(vin, source, signals, values, units, seconds, nanos, millis, sequences, ecus,
                first);
    }

    /** The readings as a batch, every reading and the batch checked as on decoding. */
    public ObdReadingBatch toBatch() {
        List<ObdReading> readings = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            readings.add(new ObdReading(vin, signal(i), value(i), unit(i), capturedAt(i), source, sequence(i),
                    ecu(i)));
        }
        return new ObdReadingBatch(readings);
    }

    /** {@link Instant#toEpochMilli()} of each (second, nano) pair, with its arithmetic for times before 1970. */
    private static long[] epochMillis(long[] seconds, int[] nanos) {
        long[] millis = new long[seconds.length];
        for (int i = 0; i < millis.length; i++) {
            if (seconds[i] < 0 && nanos[i] > 0) {
                millis[i] = Math.addExact(Math.multiplyExact(seconds[i] + 1, 1000), nanos[i] / 1_000_000 - 1000);
            } else {
                millis[i] = Math.addExact(Math.multiplyExact(seconds[i], 1000), nanos[i] / 1_000_000);
            }
        }
        return millis;
    }

    @Override
    public String toString() {
        return "ReadingColumns[" + vin + ", " + source + ", " + size() + " readings from sequence " + sequence(0) + "]";
    }
}
