package com.kcspeedshop.serving.scorer;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/** An AI4I Tribuo XGBoost classifier: P(label {@code fail}), as model-training's {@code TribuoModel} computes it. */
final class TribuoClassifierScorer implements Scorer {

    static final String FAIL = "fail";

    private final Model<Label> model;
    private final ModelMetadata meta;
    private final String[] names;

    TribuoClassifierScorer(Model<Label> model, ModelMetadata meta) {
        this.model = model;
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
        List<Example<Label>> examples = new ArrayList<>(batch.length);
        for (double[] row : batch) {
            examples.add(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, row));
        }
        List<Prediction<Label>> predictions = model.predict(examples);
        double[] p = new double[batch.length];
        for (int i = 0; i < p.length; i++) {
            Label fail = predictions.get(i).getOutputScores().get(FAIL);
            p[i] = fail == null ? 0 : fail.getScore();
        }
        return p;
    }
}
