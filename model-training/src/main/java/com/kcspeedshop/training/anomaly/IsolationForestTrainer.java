package com.kcspeedshop.training.anomaly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import smile.anomaly.IsolationForest;
import smile.anomaly.IsolationTree;
import smile.math.MathEx;

/**
 * Fits a Smile isolation forest. The trees are built here, one after another on the calling thread, rather than with
 * {@code IsolationForest.fit}: that builds them in a parallel stream whose worker threads draw from their own
 * unseeded generators, so two fits with the same seed differ; Smile 3.1.1's fit also ignores its subsample rate (each
 * tree sees every row). Here each tree sees {@code sampleSize} rows drawn without replacement by a seeded generator,
 * and the split draws come from Smile's thread-local generator seeded on this thread, so a seed gives one forest.
 *
 * @param trees          number of trees (Liu, Ting and Zhou 2008: 100)
 * @param sampleSize     rows per tree, ψ (Liu et al.: 256)
 * @param extensionLevel 0 = axis-parallel splits (the original forest); higher = extended isolation forest
 */
public record IsolationForestTrainer(int trees, int sampleSize, int extensionLevel) {

    public static final IsolationForestTrainer DEFAULT = new IsolationForestTrainer(200, 256, 0);

    public IsolationForestTrainer {
        if (trees < 1 || sampleSize < 2 || extensionLevel < 0) {
            throw new IllegalArgumentException("bad isolation forest: trees " + trees + ", sampleSize " + sampleSize
                    + ", extensionLevel " + extensionLevel);
        }
    }

    public Map<String, Object> hyperparameters(int rows) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("library", "Smile IsolationForest / IsolationTree");
        h.put("trees", trees);
        h.put("sampleSize", Math.min(sampleSize, rows));
        h.put("maxDepth", maxDepth(Math.min(sampleSize, rows)));
        h.put("extensionLevel", extensionLevel);
        return h;
    }

    /** ceil(log2 ψ), the height limit of Liu et al. (the average path length of a tree of ψ points). */
    static int maxDepth(int psi) {
        return (int) Math.ceil(Math.log(psi) / Math.log(2));
    }

    /** Fits on model inputs (already transformed by {@code prep}); the model keeps {@code prep} to score raw rows. */
    public IsolationForestModel fit(double[][] x, AnomalyPreprocessing prep, long seed) {
        if (x.length < 2) {
            throw new IllegalArgumentException("an isolation forest needs at least 2 rows, got " + x.length);
        }
        if (extensionLevel > x[0].length - 1) {
            throw new IllegalArgumentException("extensionLevel " + extensionLevel + " > dimensions - 1");
        }
        int psi = Math.min(sampleSize, x.length);
        int depth = maxDepth(psi);
        SplittableRandom random = new SplittableRandom(seed);
        MathEx.setSeed(seed);
        IsolationTree[] built = new IsolationTree[trees];
        for (int t = 0; t < trees; t++) {
            built[t] = new IsolationTree(sample(x, psi, random), depth, extensionLevel);
        }
        return new IsolationForestModel(new IsolationForest(psi, extensionLevel, built), prep);
    }

    /** ψ distinct rows, a partial Fisher-Yates shuffle of the indexes. */
    private static List<double[]> sample(double[][] x, int psi, SplittableRandom random) {
        int[] idx = new int[x.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        List<double[]> rows = new ArrayList<>(psi);
        for (int i = 0; i < psi; i++) {
            int j = i + random.nextInt(idx.length - i);
            int tmp = idx[i];
            idx[i] = idx[j];
            idx[j] = tmp;
            rows.add(x[idx[i]]);
        }
        return rows;
    }
}
