package com.kcspeedshop.training.rul;

import java.util.ArrayList;
import java.util.List;

/**
 * Flat features of one window for the tree model: per kept sensor the window mean, the mean of its last 5 cycles, the
 * least-squares slope per cycle and the standard deviation; plus the cycle number, which bounds how much life is used.
 * Windows shorter than the recipe's are padded with the unit's first cycle, as the sequence model's are.
 */
final class WindowFeatures {

    private static final int RECENT = 5;

    private WindowFeatures() {
    }

    static List<String> names(RulPreprocessing prep) {
        List<String> names = new ArrayList<>();
        for (int sensor : prep.sensors()) {
            names.add("s" + sensor + ".mean");
            names.add("s" + sensor + ".recent");
            names.add("s" + sensor + ".slope");
            names.add("s" + sensor + ".std");
        }
        names.add("cycle");
        return names;
    }

    /** Features of the window ending at cycle index {@code end} (inclusive) of a normalised unit. */
    static double[] of(double[][] unit, int end, int window) {
        int sensors = unit[0].length;
        double[] out = new double[sensors * 4 + 1];
        double meanT = (window - 1) / 2.0;
        double varT = 0;
        for (int t = 0; t < window; t++) {
            varT += (t - meanT) * (t - meanT);
        }
        for (int j = 0; j < sensors; j++) {
            double sum = 0;
            double recent = 0;
            for (int t = 0; t < window; t++) {
                double v = unit[Math.max(0, end - window + 1 + t)][j];
                sum += v;
                if (t >= window - RECENT) {
                    recent += v;
                }
            }
            double mean = sum / window;
            double cov = 0;
            double var = 0;
            for (int t = 0; t < window; t++) {
                double v = unit[Math.max(0, end - window + 1 + t)][j];
                cov += (t - meanT) * (v - mean);
                var += (v - mean) * (v - mean);
            }
            out[j * 4] = mean;
            out[j * 4 + 1] = recent / RECENT;
            out[j * 4 + 2] = cov / varT;
            out[j * 4 + 3] = Math.sqrt(var / window);
        }
        out[sensors * 4] = end + 1;
        return out;
    }
}
