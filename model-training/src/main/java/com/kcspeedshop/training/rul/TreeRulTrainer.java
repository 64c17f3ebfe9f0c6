package com.kcspeedshop.training.rul;

import com.kcspeedshop.datasets.cmapss.EngineUnit;
import com.kcspeedshop.training.artifact.Threads;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

/**
 * Gradient-boosted trees (XGBoost through Tribuo) on one flat feature vector per window. Every window of every
 * training unit is one example, labelled with the capped RUL at its last cycle.
 *
 * @param trees    boosting rounds
 * @param eta      learning rate
 * @param maxDepth tree depth
 * @param subsample row subsample per tree
 */
public record TreeRulTrainer(int trees, double eta, int maxDepth, double subsample) {

    public static final TreeRulTrainer DEFAULT = new TreeRulTrainer(300, 0.05, 5, 0.8);

    public TreeRulTrainer {
        if (trees < 1 || maxDepth < 1 || !(eta > 0 && eta <= 1) || !(subsample > 0 && subsample <= 1)) {
            throw new IllegalArgumentException("bad tree hyperparameters: " + trees + " trees, eta " + eta
                    + ", depth " + maxDepth + ", subsample " + subsample);
        }
    }

    public Map<String, Object> hyperparameters() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("trees", trees);
        h.put("eta", eta);
        h.put("maxDepth", maxDepth);
        h.put("subsample", subsample);
        h.put("featureSubsample", 0.8);
        h.put("minChildWeight", 5.0);
        h.put("lambda", 1.0);
        return h;
    }

    public RulModel train(List<EngineUnit> units, RulPreprocessing prep, RulRecipe recipe,
            TrainingProgress progress) {
        String[] names = WindowFeatures.names(prep).toArray(String[]::new);
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("C-MAPSS windows", OffsetDateTime.now(), factory), factory);
        int done = 0;
        for (EngineUnit unit : units) {
            double[][] x = prep.normalise(unit);
            for (int t = 0; t < x.length; t++) {
                data.add(TreeRulModel.example(new Regressor("RUL", prep.label(unit, t)), names,
                        WindowFeatures.of(x, t, prep.window())));
            }
            progress.update(++done, units.size() + 1, "features of unit " + unit.unit());
        }
        // silent=true: XGBoost's own per-round log would tear the progress bar
        XGBoostRegressionTrainer trainer = new XGBoostRegressionTrainer(
                XGBoostRegressionTrainer.RegressionType.LINEAR, trees, eta, 0.0, maxDepth, 5.0, subsample, 0.8, 1.0,
                0.0, Threads.nativeThreads(), true, recipe.seed());
        progress.update(done, units.size() + 1, "boosting " + trees + " trees on " + data.size() + " windows");
        Model<Regressor> model = trainer.train(data);
        progress.update(units.size() + 1, units.size() + 1, "done");
        return new TreeRulModel(model, prep);
    }
}
