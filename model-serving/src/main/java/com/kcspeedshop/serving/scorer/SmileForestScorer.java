package com.kcspeedshop.serving.scorer;

import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.vector.IntVector;

/**
 * An AI4I Smile random forest: the posterior of class 1, as model-training's {@code ForestModel} computes it. The
 * forest's formula binds columns by name, so rows go through a DataFrame with the training column names and a dummy
 * label column. A fitted forest is read-only; each call uses its own posterior array.
 */
final class SmileForestScorer implements Scorer {

    private static final String LABEL = "failure";

    private final RandomForest forest;
    private final ModelMetadata meta;
    private final String[] names;

    SmileForestScorer(RandomForest forest, ModelMetadata meta) {
        this.forest = forest;
        this.meta = meta;
        this.names = meta.featureNames().toArray(String[]::new);
    }

    @Override
    public ModelMetadata metadata() {
        return meta;
    }

    @Override
    public double[] predict(double[][] batch) {
        Inputs.validate(batch, meta);
        DataFrame frame = DataFrame.of(batch, names).merge(IntVector.of(LABEL, new int[batch.length]));
        double[] p = new double[batch.length];
        double[] posterior = new double[2];
        for (int i = 0; i < batch.length; i++) {
            forest.predict(frame.get(i), posterior);
            p[i] = posterior[1];
        }
        return p;
    }
}
