package com.kcspeedshop.training.failure;

import java.util.function.IntPredicate;

/**
 * k-fold stratified cross-validation of one trainer on one target: every row gets an out-of-fold probability from a
 * model that never saw it, and the confusion matrix is read from those at a threshold.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /** Out-of-fold P(positive) for every row. */
    public static double[] outOfFold(BinaryTrainer trainer, double[][] x, boolean[] y, int k, long seed) {
        int[] fold = StratifiedFolds.assign(y, k, seed);
        double[] p = new double[x.length];
        for (int f = 0; f < k; f++) {
            int current = f;
            double[][] trainX = select(x, i -> fold[i] != current);
            boolean[] trainY = selectY(y, i -> fold[i] != current);
            double[][] testX = select(x, i -> fold[i] == current);
            double[] testP = fitOrConstant(trainer, trainX, trainY, seed + f).probability(testX);
            int j = 0;
            for (int i = 0; i < x.length; i++) {
                if (fold[i] == current) {
                    p[i] = testP[j++];
                }
            }
        }
        return p;
    }

    /**
     * The trainer's model, or a constant one when the training rows hold a single class: a rare mode (19 RNF rows) can
     * leave a fold's training rows without one, and predicting the only class seen is then all the data supports.
     */
    static ProbabilityModel fitOrConstant(BinaryTrainer trainer, double[][] x, boolean[] y, long seed) {
        boolean first = y[0];
        for (boolean label : y) {
            if (label != first) {
                return trainer.fit(x, y, seed);
            }
        }
        double p = first ? 1.0 : 0.0;
        return new ProbabilityModel() {
            @Override
            public double[] probability(double[][] rows) {
                double[] out = new double[rows.length];
                java.util.Arrays.fill(out, p);
                return out;
            }

            @Override
            public void save(java.nio.file.Path file) {
                throw new UnsupportedOperationException("a constant stand-in for a single-class fold is never saved");
            }
        };
    }

    /**
     * The threshold that minimises expected cost for calibrated probabilities when a missed failure costs
     * {@code fnCost} false alarms: predict failure when p·fnCost ≥ (1−p)·1, i.e. p ≥ 1/(1+fnCost) (Elkan 2001, "The
     * Foundations of Cost-Sensitive Learning", IJCAI, Theorem 1).
     */
    public static double costThreshold(double fnCost) {
        if (!(fnCost > 0)) {
            throw new IllegalArgumentException("fnCost must be > 0, was " + fnCost);
        }
        return 1.0 / (1.0 + fnCost);
    }

    private static double[][] select(double[][] x, IntPredicate keep) {
        return java.util.stream.IntStream.range(0, x.length).filter(keep).mapToObj(i -> x[i]).toArray(double[][]::new);
    }

    private static boolean[] selectY(boolean[] y, IntPredicate keep) {
        int n = (int) java.util.stream.IntStream.range(0, y.length).filter(keep).count();
        boolean[] out = new boolean[n];
        int j = 0;
        for (int i = 0; i < y.length; i++) {
            if (keep.test(i)) {
                out[j++] = y[i];
            }
        }
        return out;
    }
}
