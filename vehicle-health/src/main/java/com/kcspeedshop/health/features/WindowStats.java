package com.kcspeedshop.health.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Statistics of one feature over tumbling event-time windows of a fixed length aligned to epoch multiples: the window in
 * progress and the last completed one. Constant size (Welford's running mean and M2, min, max), so state never grows.
 * Welford: B. P. Welford, "Note on a method for calculating corrected sums of squares and products", Technometrics 1962.
 */
public final class WindowStats {

    private final long lengthMs;
    private long start = Long.MIN_VALUE;
    private long n;
    private double mean;
    private double m2;
    private double min;
    private double max;
    // the last completed window
    private long doneStart = Long.MIN_VALUE;
    private long doneN;
    private double doneMean;
    private double doneStd;
    private double doneMin;
    private double doneMax;

    public WindowStats(long lengthMs) {
        this.lengthMs = lengthMs;
    }

    /** Adds a sample at event time {@code t}; rolls the window first if {@code t} lies beyond it. */
    void add(long t, double x) {
        roll(t);
        if (n == 0) {
            start = Math.floorDiv(t, lengthMs) * lengthMs;
            min = x;
            max = x;
        }
        n++;
        double d = x - mean;
        mean += d / n;
        m2 += d * (x - mean);
        min = Math.min(min, x);
        max = Math.max(max, x);
    }

    /** Completes the window in progress if it ends at or before {@code t}. A sample older than the window joins it. */
    void roll(long t) {
        if (n > 0 && t >= start + lengthMs) {
            doneStart = start;
            doneN = n;
            doneMean = mean;
            doneStd = n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
            doneMin = min;
            doneMax = max;
            n = 0;
            mean = 0;
            m2 = 0;
        }
    }

    /** Samples in the last completed window that started at {@code windowStart}; 0 if that window had none. */
    public long countAt(long windowStart) {
        return doneStart == windowStart ? doneN : 0;
    }

    public long doneStart() {
        return doneStart;
    }

    public long doneCount() {
        return doneN;
    }

    public double doneMean() {
        return doneN > 0 ? doneMean : Double.NaN;
    }

    /** Sample standard deviation of the last completed window (0 with one sample). */
    public double doneStd() {
        return doneN > 0 ? doneStd : Double.NaN;
    }

    public double doneMin() {
        return doneN > 0 ? doneMin : Double.NaN;
    }

    public double doneMax() {
        return doneN > 0 ? doneMax : Double.NaN;
    }

    /** Samples in the window in progress. */
    public long currentCount() {
        return n;
    }

    public double currentMean() {
        return n > 0 ? mean : Double.NaN;
    }

    void write(DataOutput out) throws IOException {
        out.writeLong(start);
        out.writeLong(n);
        out.writeDouble(mean);
        out.writeDouble(m2);
        out.writeDouble(min);
        out.writeDouble(max);
        out.writeLong(doneStart);
        out.writeLong(doneN);
        out.writeDouble(doneMean);
        out.writeDouble(doneStd);
        out.writeDouble(doneMin);
        out.writeDouble(doneMax);
    }

    void read(DataInput in) throws IOException {
        start = in.readLong();
        n = nonNegative(in.readLong());
        mean = in.readDouble();
        m2 = in.readDouble();
        min = in.readDouble();
        max = in.readDouble();
        doneStart = in.readLong();
        doneN = nonNegative(in.readLong());
        doneMean = in.readDouble();
        doneStd = in.readDouble();
        doneMin = in.readDouble();
        doneMax = in.readDouble();
    }

    private static long nonNegative(long v) throws IOException {
        if (v < 0) {
            throw new IOException("negative sample count " + v);
        }
        return v;
    }
}
