package com.kcspeedshop.health.anomaly;

import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.health.features.Feature;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;

/**
 * One vehicle's statistical detector: per watched feature an exponentially weighted mean and variance (West 1979,
 * "Updating mean and variance estimates: an improved method", the incremental EWMA form) with Huber-style residual
 * clipping, a warm-up before anything is scored, and the strangest sample of the current interval. At most one anomaly
 * per feature and interval is emitted, so a stuck fault does not flood the topic; persistence is the alert layer's job.
 */
public final class AnomalyState {

    /** The {@code detector} name on the anomalies this detector raises. */
    public static final String DETECTOR = "robust-ewma";

    private static final int N = Tracked.values().length;

    private final long[] count = new long[N];
    private final double[] mean = new double[N];
    private final double[] var = new double[N];
    // the strangest anomalous sample of the interval in progress, per feature
    private final double[] worstZ = new double[N];
    private final double[] worstValue = new double[N];
    private final double[] worstExpected = new double[N];
    private final long[] worstAt = new long[N];
    private final boolean[] seenInInterval = new boolean[N];

    /**
     * Scores a sample against the baseline, then learns from it. Features the detector does not watch are ignored.
     *
     * @param conditioned false when the vehicle is in a state where the feature's normal range does not apply (engine
     *                    cold, engine off): the sample is neither scored nor learned
     */
    public void observe(Feature f, long t, double x, boolean conditioned, AnomalySettings s) {
        Tracked tr = Tracked.of(f);
        if (tr == null || !conditioned) {
            return;
        }
        int i = tr.ordinal();
        seenInInterval[i] = true;
        if (count[i] == 0) {
            mean[i] = x;
            var[i] = 0;
            count[i] = 1;
            return;
        }
        double sigma = Math.max(Math.sqrt(var[i]), tr.sigmaFloor);
        double residual = x - mean[i];
        double z = Math.abs(residual) / sigma;
        if (count[i] >= s.warmupSamples() && z >= s.zThreshold() && z > worstZ[i]) {
            worstZ[i] = z;
            worstValue[i] = x;
            worstExpected[i] = mean[i];
            worstAt[i] = t;
        }
        // learn from the clipped residual: one outlier moves the baseline by at most clipZ sigmas times alpha
        double alpha = count[i] < s.warmupSamples() ? 1.0 / (count[i] + 1) : s.alpha();
        double clipped = Math.max(-s.clipZ() * sigma, Math.min(s.clipZ() * sigma, residual));
        if (count[i] < s.warmupSamples()) {
            clipped = residual; // during warm-up there is no baseline to protect yet
        }
        double increment = alpha * clipped;
        mean[i] += increment;
        var[i] = (1 - alpha) * (var[i] + clipped * increment);
        count[i]++;
    }

    /**
     * Ends the interval: emits the worst anomaly of each feature that had one, in feature order.
     *
     * @return bit mask (1 << Tracked ordinal) of the features that had an anomaly; bits 16.. mark the features that had
     * conditioned samples at all (so "quiet" can be told from "unknown")
     */
    public int closeInterval(String vin, AnomalySink out) {
        int mask = 0;
        for (int i = 0; i < N; i++) {
            if (seenInInterval[i]) {
                mask |= 1 << (16 + i);
            }
            if (worstZ[i] > 0) {
                mask |= 1 << i;
                out.anomaly(new Anomaly(vin, Tracked.values()[i].feature.label(), Instant.ofEpochMilli(worstAt[i]),
                        worstValue[i], worstExpected[i], worstZ[i], DETECTOR));
            }
            worstZ[i] = 0;
            seenInInterval[i] = false;
        }
        return mask;
    }

    /** The watched features, in the order of the bits {@link #closeInterval} returns. */
    public static Feature watched(int bit) {
        return Tracked.values()[bit].feature;
    }

    public static int watchedCount() {
        return N;
    }

    /** The learned baseline mean of a watched feature, NaN while it has no samples. */
    public double baseline(Feature f) {
        Tracked tr = Tracked.of(f);
        return tr == null || count[tr.ordinal()] == 0 ? Double.NaN : mean[tr.ordinal()];
    }

    public void write(DataOutput out) throws IOException {
        out.writeByte(N);
        for (int i = 0; i < N; i++) {
            out.writeLong(count[i]);
            out.writeDouble(mean[i]);
            out.writeDouble(var[i]);
            out.writeDouble(worstZ[i]);
            out.writeDouble(worstValue[i]);
            out.writeDouble(worstExpected[i]);
            out.writeLong(worstAt[i]);
            out.writeBoolean(seenInInterval[i]);
        }
    }

    public static AnomalyState read(DataInput in) throws IOException {
        int n = in.readUnsignedByte();
        if (n > N) {
            throw new IOException("state watches " + n + " features, this version knows " + N);
        }
        AnomalyState s = new AnomalyState();
        for (int i = 0; i < n; i++) {
            s.count[i] = in.readLong();
            s.mean[i] = in.readDouble();
            s.var[i] = in.readDouble();
            s.worstZ[i] = in.readDouble();
            s.worstValue[i] = in.readDouble();
            s.worstExpected[i] = in.readDouble();
            s.worstAt[i] = in.readLong();
            s.seenInInterval[i] = in.readBoolean();
            if (s.count[i] < 0 || !(s.var[i] >= 0) || !(s.worstZ[i] >= 0)) {
                throw new IOException("corrupt detector state for " + Tracked.values()[i]);
            }
        }
        return s;
    }
}
