package com.kcspeedshop.flink.health;

import com.kcspeedshop.health.anomaly.AnomalyScorer;
import com.kcspeedshop.health.anomaly.FeatureVector;
import com.kcspeedshop.serving.scorer.ModelLoadException;
import com.kcspeedshop.serving.scorer.ScorerAnomalyAdapter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which columns of the engine's {@link FeatureVector} a model reads, by name: a model may be trained on any subset of
 * {@link FeatureVector#NAMES}, in any order (an isolation forest on the coolant and charging features only, say). A
 * model naming a column the engine does not compute is refused at load time, not scored with garbage.
 */
final class FeatureColumns {

    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        for (int i = 0; i < FeatureVector.NAMES.size(); i++) {
            INDEX.put(FeatureVector.NAMES.get(i), i);
        }
    }

    private final int[] columns;

    private FeatureColumns(int[] columns) {
        this.columns = columns;
    }

    static FeatureColumns of(List<String> modelFeatures) throws ModelLoadException {
        if (modelFeatures.isEmpty()) {
            throw new ModelLoadException("the model names no input features");
        }
        int[] columns = new int[modelFeatures.size()];
        for (int i = 0; i < columns.length; i++) {
            Integer at = INDEX.get(modelFeatures.get(i));
            if (at == null) {
                throw new ModelLoadException("the model reads feature '" + modelFeatures.get(i) + "', which the "
                        + "health engine does not compute; it computes <signal>.<mean|std>.<10s|1m|10m>, e.g. "
                        + FeatureVector.NAMES.get(0) + " (" + FeatureVector.NAMES.size() + " columns)");
            }
            columns[i] = at;
        }
        return new FeatureColumns(columns);
    }

    /** The engine's view of {@code model}: each vector cut down to the model's columns, in the model's order. */
    AnomalyScorer scorer(ScorerAnomalyAdapter model) {
        return new AnomalyScorer() {
            @Override
            public String id() {
                return model.id();
            }

            @Override
            public double score(FeatureVector features) {
                return model.score(select(features));
            }

            @Override
            public double threshold() {
                return model.threshold();
            }
        };
    }

    double[] select(FeatureVector features) {
        double[] row = new double[columns.length];
        for (int i = 0; i < columns.length; i++) {
            row[i] = features.get(columns[i]);
        }
        return row;
    }
}
