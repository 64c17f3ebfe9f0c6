package com.kcspeedshop.serving.scorer;

/** The tree RUL model evaluated by {@link XgbTrees}: same answers as {@link TribuoRegressionScorer}, no native call. */
final class JavaTreeRegressionScorer implements Scorer {

    private final XgbTrees trees;
    private final ModelMetadata meta;

    JavaTreeRegressionScorer(XgbTrees trees, ModelMetadata meta) {
        this.trees = trees;
        this.meta = meta;
    }

    @Override
    public ModelMetadata metadata() {
        return meta;
    }

    @Override
    public double[] predict(double[][] batch) {
        Inputs.validate(batch, meta);
        double[] out = new double[batch.length];
        for (int i = 0; i < batch.length; i++) {
            out[i] = Math.max(0, (double) trees.leafSum(batch[i]));
        }
        return out;
    }
}
