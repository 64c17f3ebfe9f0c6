package com.kcspeedshop.training.failure;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.LongStream;
import smile.base.cart.SplitRule;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;

/**
 * Smile's random forest; the posterior of class 1 (the share of trees voting failure) is the probability. Saved with
 * Java serialisation, the format Smile 3 documents for its models.
 */
public record SmileForestTrainer(int trees, int maxDepth, int nodeSize) implements BinaryTrainer {

    public static final SmileForestTrainer DEFAULT = new SmileForestTrainer(200, 20, 2);
    private static final String LABEL = "failure";
    private static final Formula FORMULA = Formula.lhs(LABEL);

    @Override
    public String name() {
        return "random-forest";
    }

    @Override
    public String extension() {
        return ".smile.ser";
    }

    @Override
    public Map<String, Object> hyperparameters() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("library", "Smile RandomForest");
        h.put("trees", trees);
        h.put("mtry", mtry());
        h.put("splitRule", "GINI");
        h.put("maxDepth", maxDepth);
        h.put("nodeSize", nodeSize);
        h.put("subsample", 1.0);
        return h;
    }

    /** √p features per split, Breiman's default for classification. */
    private static int mtry() {
        return (int) Math.floor(Math.sqrt(Ai4iFeatures.NAMES.size()));
    }

    @Override
    public ProbabilityModel fit(double[][] x, boolean[] y, long seed) {
        int[] labels = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            labels[i] = y[i] ? 1 : 0;
        }
        DataFrame data = frame(x, labels);
        // one seed per tree, derived from the run's seed, so the forest is reproducible
        RandomForest forest = RandomForest.fit(FORMULA, data, trees, mtry(), SplitRule.GINI, maxDepth,
                Math.max(2, x.length), nodeSize, 1.0, null, LongStream.range(seed, seed + trees));
        return new ForestModel(forest);
    }

    static DataFrame frame(double[][] x, int[] labels) {
        return DataFrame.of(x, Ai4iFeatures.NAMES.toArray(String[]::new)).merge(IntVector.of(LABEL, labels));
    }

    /** A trained or loaded forest. */
    record ForestModel(RandomForest forest) implements ProbabilityModel {

        static ForestModel load(Path file) throws IOException {
            try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
                return new ForestModel((RandomForest) in.readObject());
            } catch (ClassNotFoundException | ClassCastException e) {
                throw new IOException(file + " is not a Smile random forest: " + e.getMessage(), e);
            }
        }

        @Override
        public double[] probability(double[][] x) {
            DataFrame frame = frame(x, new int[x.length]);
            double[] p = new double[x.length];
            double[] posterior = new double[2];
            for (int i = 0; i < x.length; i++) {
                forest.predict(frame.get(i), posterior);
                p[i] = posterior[1];
            }
            return p;
        }

        @Override
        public void save(Path file) throws IOException {
            try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
                out.writeObject(forest);
            }
        }
    }
}
