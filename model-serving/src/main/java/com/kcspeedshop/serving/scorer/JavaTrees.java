package com.kcspeedshop.serving.scorer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribuo.Model;
import org.tribuo.VariableInfo;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * Decides at load time whether a Tribuo XGBoost regressor can be served by {@link XgbTrees}: only when the Java
 * evaluation gives exactly Tribuo's answer on {@value #PROBES} probe rows (random values around the data's scale,
 * zeros included). Otherwise, or on any surprise in the dump, the Tribuo scorer serves and a warning says why.
 */
final class JavaTrees {

    private static final Logger LOG = LoggerFactory.getLogger(JavaTrees.class);
    static final int PROBES = 256;

    private JavaTrees() {
    }

    static Optional<Scorer> tryFaster(Model<?> model, TribuoRegressionScorer tribuo) {
        if (!(model instanceof XGBoostModel<?> xgb) || xgb.getInnerModels().size() != 1) {
            return Optional.empty();
        }
        ModelMetadata meta = tribuo.metadata();
        try {
            Map<String, Integer> ids = new HashMap<>();
            for (VariableInfo info : model.getFeatureIDMap()) {
                ids.put(info.getName(), model.getFeatureIDMap().getID(info.getName()));
            }
            String[] dump = xgb.getInnerModels().get(0).getModelDump((String) null, false, "json");
            XgbTrees trees = XgbTrees.parse(dump, meta.featureNames(), ids);
            double[][] probes = probes(meta.featureCount());
            double[] expected = new double[probes.length];
            for (int i = 0; i < probes.length; i++) {
                expected[i] = tribuo.predict(probes[i]);
            }
            // the scorer clips at 0; compare unclipped sums only where Tribuo's answer was positive
            double[][] positive = java.util.stream.IntStream.range(0, probes.length).filter(i -> expected[i] > 0)
                    .mapToObj(i -> probes[i]).toArray(double[][]::new);
            double[] positiveExpected = java.util.Arrays.stream(expected).filter(v -> v > 0).toArray();
            XgbTrees verified = positive.length == 0 ? null : trees.verifiedAgainst(positive, positiveExpected);
            if (verified == null) {
                LOG.warn("{}: Java tree evaluation does not reproduce Tribuo's answers; serving through Tribuo",
                        meta.id());
                return Optional.empty();
            }
            return Optional.of(new JavaTreeRegressionScorer(verified, meta));
        } catch (Exception e) {
            LOG.warn("{}: cannot evaluate its trees in Java ({}); serving through Tribuo", meta.id(), e.toString());
            return Optional.empty();
        }
    }

    /** Deterministic probe rows: Gaussians (the z-scored sensor scale), a cycle-like column, and some exact zeros. */
    static double[][] probes(int width) {
        SplittableRandom random = new SplittableRandom(20261126L);
        double[][] rows = new double[PROBES][width];
        for (double[] row : rows) {
            for (int j = 0; j < width; j++) {
                int pick = random.nextInt(10);
                row[j] = pick == 0 ? 0 : pick == 1 ? random.nextInt(400) : random.nextGaussian() * 2;
            }
        }
        return rows;
    }
}
