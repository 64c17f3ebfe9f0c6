package com.kcspeedshop.training.rul;

import com.kcspeedshop.datasets.cmapss.CmapssCycle;
import com.kcspeedshop.datasets.cmapss.EngineUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Clusters the 3 operational settings into flight conditions. FD002/FD004 fly 6 conditions whose settings sit far apart
 * (altitude 0-42 kft, Mach 0-0.84, throttle 60/100) while each condition's own noise is below 0.01, so a farthest-point
 * search with a 1.0 separation finds them exactly and deterministically: 1 condition in FD001/FD003, 6 in FD002/FD004.
 * A few Lloyd iterations then centre them.
 */
final class OperatingConditions {

    /** Settings closer than this (Euclidean, raw units) are the same condition; within-condition noise is ~0.01. */
    static final double SEPARATION = 1.0;
    private static final int MAX_CONDITIONS = 12;

    private OperatingConditions() {
    }

    static double[][] fit(List<EngineUnit> units) {
        List<double[]> points = new ArrayList<>();
        for (EngineUnit u : units) {
            for (CmapssCycle c : u.cycles()) {
                points.add(c.settings());
            }
        }
        List<double[]> centres = new ArrayList<>();
        centres.add(points.get(0).clone());
        while (centres.size() < MAX_CONDITIONS) {
            double farthest = -1;
            double[] candidate = null;
            for (double[] p : points) {
                double d = distance(p, centres.get(nearest(centres, p)));
                if (d > farthest) {
                    farthest = d;
                    candidate = p;
                }
            }
            if (farthest < SEPARATION) {
                break;
            }
            centres.add(candidate.clone());
        }
        for (int iteration = 0; iteration < 5; iteration++) {
            double[][] sums = new double[centres.size()][CmapssCycle.SETTINGS];
            int[] counts = new int[centres.size()];
            for (double[] p : points) {
                int k = nearest(centres, p);
                counts[k]++;
                for (int i = 0; i < p.length; i++) {
                    sums[k][i] += p[i];
                }
            }
            for (int k = 0; k < centres.size(); k++) {
                for (int i = 0; i < CmapssCycle.SETTINGS; i++) {
                    sums[k][i] /= counts[k];
                }
                centres.set(k, sums[k]);
            }
        }
        return centres.toArray(double[][]::new);
    }

    static int nearest(double[][] centres, double[] settings) {
        return nearest(List.of(centres), settings);
    }

    private static int nearest(List<double[]> centres, double[] p) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int k = 0; k < centres.size(); k++) {
            double d = distance(centres.get(k), p);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }
}
