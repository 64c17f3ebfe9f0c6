package com.kcspeedshop.training.failure;

/** A 2×2 confusion matrix and the figures read from it; precision/recall are 0 when undefined (no positives). */
public record BinaryMetrics(long tp, long fp, long fn, long tn) {

    public static BinaryMetrics of(boolean[] truth, double[] probability, double threshold) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        for (int i = 0; i < truth.length; i++) {
            boolean predicted = probability[i] >= threshold;
            if (predicted && truth[i]) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (truth[i]) {
                fn++;
            } else {
                tn++;
            }
        }
        return new BinaryMetrics(tp, fp, fn, tn);
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Total misclassification cost with a false negative costing {@code fnCost} false positives. */
    public double cost(double fnCost) {
        return fp + fnCost * fn;
    }
}
