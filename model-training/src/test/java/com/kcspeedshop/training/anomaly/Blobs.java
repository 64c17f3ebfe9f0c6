package com.kcspeedshop.training.anomaly;

import com.kcspeedshop.health.anomaly.FeatureVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** FeatureVector-shaped synthetic rows: a Gaussian blob in the first {@value #KNOWN} columns, the rest unknown (NaN). */
final class Blobs {

    static final int KNOWN = 8;

    private Blobs() {
    }

    /** {@code n} rows around mean 10·(column+1), sd 1; {@code shiftSds} moves every known column by that many sd. */
    static List<double[]> rows(int n, double shiftSds, long seed) {
        Random r = new Random(seed);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] row = new double[FeatureVector.NAMES.size()];
            java.util.Arrays.fill(row, Double.NaN);
            for (int c = 0; c < KNOWN; c++) {
                row[c] = 10 * (c + 1) + shiftSds + r.nextGaussian();
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * One vehicle's intervals: known columns follow slow sines of the interval index (phase per column) plus noise;
     * {@code shiftSds} adds that offset to every known column (a normal-shaped but displaced trip).
     */
    static List<double[]> trip(int intervals, double shiftSds, long seed) {
        Random r = new Random(seed);
        double phase = r.nextDouble() * 6;
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < intervals; i++) {
            double[] row = new double[FeatureVector.NAMES.size()];
            java.util.Arrays.fill(row, Double.NaN);
            for (int c = 0; c < KNOWN; c++) {
                row[c] = 10 * (c + 1) + 3 * Math.sin(i / 5.0 + phase + c) + shiftSds * 3 + 0.2 * r.nextGaussian();
            }
            rows.add(row);
        }
        return rows;
    }
}
