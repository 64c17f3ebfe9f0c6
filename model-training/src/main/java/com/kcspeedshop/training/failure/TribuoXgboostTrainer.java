package com.kcspeedshop.training.failure;

import com.kcspeedshop.training.artifact.Threads;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Tribuo's XGBoost classifier; its softmax output for the {@code fail} label is the probability. */
public record TribuoXgboostTrainer(int trees, double eta, int maxDepth) implements BinaryTrainer {

    public static final TribuoXgboostTrainer DEFAULT = new TribuoXgboostTrainer(200, 0.1, 5);
    static final String FAIL = "fail";
    static final String OK = "ok";
    private static final String[] NAMES = Ai4iFeatures.NAMES.toArray(String[]::new);

    @Override
    public String name() {
        return "xgboost";
    }

    @Override
    public String extension() {
        return ".tribuo";
    }

    @Override
    public Map<String, Object> hyperparameters() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("library", "Tribuo XGBoost");
        h.put("trees", trees);
        h.put("eta", eta);
        h.put("maxDepth", maxDepth);
        h.put("subsample", 0.8);
        return h;
    }

    @Override
    public ProbabilityModel fit(double[][] x, boolean[] y, long seed) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("AI4I 2020 rows", OffsetDateTime.now(), factory), factory);
        for (int i = 0; i < x.length; i++) {
            data.add(new ArrayExample<>(new Label(y[i] ? FAIL : OK), NAMES, x[i]));
        }
        XGBoostClassificationTrainer trainer = new XGBoostClassificationTrainer(trees, eta, 0.0, maxDepth, 1.0, 0.8,
                1.0, 1.0, 0.0, Threads.nativeThreads(), true, seed);
        return new TribuoModel(trainer.train(data));
    }

    /** A loaded or trained Tribuo classifier. */
    record TribuoModel(Model<Label> model) implements ProbabilityModel {

        @SuppressWarnings("unchecked")
        static TribuoModel load(Path file) throws IOException {
            Model<?> m = Model.deserializeFromFile(file);
            if (!m.validate(Label.class)) {
                throw new IOException(file + " is not a Tribuo classification model");
            }
            return new TribuoModel((Model<Label>) m);
        }

        @Override
        public double[] probability(double[][] x) {
            List<Example<Label>> examples = new ArrayList<>(x.length);
            for (double[] row : x) {
                examples.add(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, NAMES, row));
            }
            List<Prediction<Label>> predictions = model.predict(examples);
            double[] p = new double[x.length];
            for (int i = 0; i < p.length; i++) {
                Label fail = predictions.get(i).getOutputScores().get(FAIL);
                p[i] = fail == null ? 0 : fail.getScore();
            }
            return p;
        }

        @Override
        public void save(Path file) throws IOException {
            model.serializeToFile(file);
        }
    }
}
