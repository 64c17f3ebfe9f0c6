package com.kcspeedshop.serving.scorer;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * The tree RUL model (Tribuo XGBoost regression) over one row of window features. Output clipped at 0 as
 * model-training's {@code TreeRulModel} does. Tribuo models are immutable once trained and predict concurrently.
 */
final class TribuoRegressionScorer implements Scorer {

    private final Model<Regressor> model;
    private final ModelMetadata meta;
    private final String[] names;

    TribuoRegressionScorer(Model<Regressor> model, ModelMetadata meta) {
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
        List<Example<Regressor>> examples = new ArrayList<>(batch.length);
        for (double[] row : batch) {
            examples.add(new ArrayExample<>(RegressionFactory.UNKNOWN_REGRESSOR, names, row));
        }
        List<Prediction<Regressor>> predictions = model.predict(examples);
        double[] out = new double[batch.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(0, predictions.get(i).getOutput().getValues()[0]);
        }
        return out;
    }
}
