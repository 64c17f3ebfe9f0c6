package com.kcspeedshop.serving.scorer;

import com.kcspeedshop.health.anomaly.FeatureVector;
import java.util.ArrayDeque;

/**
 * One vehicle's last {@code window} interval vectors, flattened oldest first into the row a
 * {@link VehicleAnomalyScorer} expects. Not thread-safe: one per vehicle, held where the vehicle's other state is (a
 * keyed Flink state, a map by VIN). Intervals are appended in the order the engine closes them; a gap in the trip
 * does not reset the window, as in training, where a trip's intervals are consecutive scored intervals.
 */
public final class IntervalWindow {

    private final int window;
    private final ArrayDeque<double[]> last = new ArrayDeque<>();

    public IntervalWindow(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        this.window = window;
    }

    /** Appends the newest interval; returns the scorer row once {@code window} intervals are known, else null. */
    public double[] push(FeatureVector v) {
        last.addLast(v.toArray());
        if (last.size() > window) {
            last.removeFirst();
        }
        if (last.size() < window) {
            return null;
        }
        int width = FeatureVector.NAMES.size();
        double[] row = new double[window * width];
        int t = 0;
        for (double[] r : last) {
            System.arraycopy(r, 0, row, t++ * width, width);
        }
        return row;
    }
}
