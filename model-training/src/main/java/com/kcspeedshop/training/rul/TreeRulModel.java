package com.kcspeedshop.training.rul;

import com.kcspeedshop.datasets.cmapss.EngineUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/** Tribuo regression model over {@link WindowFeatures}; saved with Tribuo's protobuf format (Tribuo 4.3+). */
final class TreeRulModel implements RulModel {

    static final String BINARY = "model.tribuo";

    private final Model<Regressor> model;
    private final RulPreprocessing prep;
    private final String[] names;

    TreeRulModel(Model<Regressor> model, RulPreprocessing prep) {
        this.model = model;
        this.prep = prep;
        this.names = WindowFeatures.names(prep).toArray(String[]::new);
    }

    @SuppressWarnings("unchecked")
    static TreeRulModel load(Path file, RulPreprocessing prep) throws IOException {
        Model<?> loaded = Model.deserializeFromFile(file);
        if (!loaded.validate(Regressor.class)) {
            throw new IOException(file + " is not a Tribuo regression model");
        }
        return new TreeRulModel((Model<Regressor>) loaded, prep);
    }

    static Example<Regressor> example(Regressor label, String[] names, double[] values) {
        return new ArrayExample<>(label, names, values);
    }

    @Override
    public String kind() {
        return "tree";
    }

    @Override
    public RulPreprocessing preprocessing() {
        return prep;
    }

    @Override
    public double[] predictLast(List<EngineUnit> units) {
        List<Example<Regressor>> examples = new ArrayList<>(units.size());
        for (EngineUnit unit : units) {
            double[][] x = prep.normalise(unit);
            examples.add(example(RegressionFactory.UNKNOWN_REGRESSOR, names,
                    WindowFeatures.of(x, x.length - 1, prep.window())));
        }
        List<Prediction<Regressor>> predictions = model.predict(examples);
        double[] out = new double[units.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(0, predictions.get(i).getOutput().getValues()[0]);
        }
        return out;
    }

    @Override
    public void save(Path dir) throws IOException {
        RulModels.writePreprocessing(prep, dir);
        model.serializeToFile(dir.resolve(BINARY));
    }

    @Override
    public String binaryName() {
        return BINARY;
    }
}
