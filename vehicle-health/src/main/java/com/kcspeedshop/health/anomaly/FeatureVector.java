package com.kcspeedshop.health.anomaly;

import com.kcspeedshop.health.features.Feature;
import com.kcspeedshop.health.features.FeatureState;
import com.kcspeedshop.health.features.WindowStats;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The fixed-layout vector a model scores: for every {@link Feature}, the mean and standard deviation of its last
 * completed 10 s, 1 min and 10 min windows (NaN when unknown). The layout is {@link #NAMES}; it only ever grows at the
 * end, so a model trained on an older layout reads a prefix.
 */
public final class FeatureVector {

    private static final String[] STATS = {"mean", "std"};
    private static final String[] HORIZONS = {"10s", "1m", "10m"};

    /** Column names, e.g. {@code COOLANT_TEMP.mean.10s}. */
    public static final List<String> NAMES;

    static {
        List<String> names = new ArrayList<>();
        for (Feature f : Feature.values()) {
            for (String h : HORIZONS) {
                for (String st : STATS) {
                    names.add(f.label() + "." + st + "." + h);
                }
            }
        }
        NAMES = Collections.unmodifiableList(names);
    }

    private final double[] values;
    private final long at;

    private FeatureVector(double[] values, long at) {
        this.values = values;
        this.at = at;
    }

    /** The vector of {@code state} as of the interval ending at {@code atMs}. */
    public static FeatureVector of(FeatureState state, long atMs) {
        double[] v = new double[NAMES.size()];
        int i = 0;
        for (Feature f : Feature.values()) {
            for (int h = 0; h < FeatureState.HORIZONS_MS.length; h++) {
                WindowStats w = state.window(f, h);
                v[i++] = w.doneMean();
                v[i++] = w.doneStd();
            }
        }
        return new FeatureVector(v, atMs);
    }

    /** A vector with given values (for scorers' tests and offline training); the length must match {@link #NAMES}. */
    public static FeatureVector of(double[] values, long atMs) {
        if (values.length != NAMES.size()) {
            throw new IllegalArgumentException("expected " + NAMES.size() + " values, got " + values.length);
        }
        return new FeatureVector(values.clone(), atMs);
    }

    public int size() {
        return values.length;
    }

    public double get(int index) {
        return values[index];
    }

    /** Epoch milliseconds of the interval end this vector describes. */
    public long atMs() {
        return at;
    }

    public double[] toArray() {
        return values.clone();
    }
}
