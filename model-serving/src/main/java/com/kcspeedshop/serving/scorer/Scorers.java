package com.kcspeedshop.serving.scorer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kcspeedshop.training.artifact.Provenance;
import com.kcspeedshop.training.failure.Ai4iFeatures;
import com.kcspeedshop.training.rul.RulPreprocessing;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;
import smile.classification.RandomForest;

/**
 * Reads an artifact folder written by model-training into a {@link Scorer}. The folder's files say what it is:
 * <ul>
 *   <li>{@code preprocessing.json} + {@code model.tribuo}: tree RUL; one row = {@link RulRows#treeRow}</li>
 *   <li>{@code preprocessing.json} + {@code model.dl4j.zip}: DL4J RUL; one row = {@link RulRows#sequenceRow}</li>
 *   <li>{@code preprocessing.json} + {@code model-1.dl4j.zip} … {@code model-k.dl4j.zip}: DL4J RUL ensemble, members
 *       averaged; same rows</li>
 *   <li>{@code provenance.json} with task {@code ai4i-failure}: the AI4I classifiers; the URI fragment picks one
 *       ({@code #xgboost}, the default, or {@code #random-forest}); one row = {@code Ai4iFeatures.of}</li>
 *   <li>{@code anomaly.json}: a vehicle anomaly model (isolation forest or LSTM autoencoder); one row =
 *       {@link VehicleAnomalyScorer#window()} FeatureVectors, oldest first, NaN = unknown</li>
 * </ul>
 * The binary names are model-training's ({@code TreeRulModel.BINARY} etc., package-private there), repeated here.
 */
public final class Scorers {

    static final String PREPROCESSING = "preprocessing.json";
    static final String TREE_BINARY = "model.tribuo";
    static final String DL4J_BINARY = "model.dl4j.zip";
    static final String DL4J_MEMBER = "model-%d.dl4j.zip";
    static final String AI4I_TASK = "ai4i-failure";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Scorers() {
    }

    /**
     * Loads {@code artifact}: a {@code file:} URI or an absolute or relative folder path without a scheme.
     *
     * @param name the name to serve it under
     */
    public static Scorer load(URI artifact, String name) throws ModelLoadException {
        Path dir;
        if (artifact.getScheme() == null) {
            dir = Path.of(artifact.getPath());
        } else if ("file".equals(artifact.getScheme())) {
            dir = Path.of(URI.create("file://" + artifact.getRawPath()));
        } else {
            throw new ModelLoadException("cannot load " + artifact + " directly: scheme " + artifact.getScheme()
                    + " needs an ArtifactStore to fetch it to a local folder first");
        }
        return load(dir, artifact.getFragment(), name);
    }

    /** Loads a folder; {@code variant} picks the classifier of an AI4I folder (null = xgboost). */
    public static Scorer load(Path dir, String variant, String name) throws ModelLoadException {
        if (!Files.isDirectory(dir)) {
            throw new ModelLoadException("no artifact folder at " + dir.toAbsolutePath());
        }
        try {
            Map<String, Object> provenance = Files.exists(dir.resolve(Provenance.FILE)) ? Provenance.read(dir)
                    : Map.of();
            String id = String.valueOf(provenance.getOrDefault("id", dir.getFileName().toString()));
            if (VehicleAnomalyScorer.isArtifact(dir)) {
                return VehicleAnomalyScorer.load(dir, name, id, provenance);
            }
            if (Files.exists(dir.resolve(PREPROCESSING))) {
                RulPreprocessing prep = JSON.readValue(dir.resolve(PREPROCESSING).toFile(), RulPreprocessing.class);
                if (Files.exists(dir.resolve(TREE_BINARY))) {
                    return tree(dir.resolve(TREE_BINARY), prep, new ModelMetadata(name, id, "rul-tree",
                            RUL_OUTPUT, RulRows.treeNames(prep), provenance));
                }
                List<MultiLayerNetwork> nets = dl4jNetworks(dir);
                if (!nets.isEmpty()) {
                    return new Dl4jRulScorer(nets, new ModelMetadata(name, id, "rul-dl4j", RUL_OUTPUT,
                            RulRows.sequenceNames(prep), provenance), prep.window(), RulRows.channels(prep),
                            prep.rulCap());
                }
                throw new ModelLoadException(dir + " has " + PREPROCESSING + " but neither " + TREE_BINARY + " nor "
                        + DL4J_BINARY + " nor " + String.format(java.util.Locale.ROOT, DL4J_MEMBER, 1));
            }
            if (AI4I_TASK.equals(provenance.get("task"))) {
                return ai4i(dir, variant == null ? "xgboost" : variant, name, id, provenance);
            }
            throw new ModelLoadException(dir + " is not a known artifact: no " + PREPROCESSING
                    + " (RUL) and no provenance.json with task " + AI4I_TASK);
        } catch (ModelLoadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException("cannot load artifact " + dir + ": " + e, e);
        }
    }

    /** The single network, or the ensemble's members 1, 2, … up to the first missing one; empty when neither. */
    private static List<MultiLayerNetwork> dl4jNetworks(Path dir) throws IOException {
        if (Files.exists(dir.resolve(DL4J_BINARY))) {
            return List.of(MultiLayerNetwork.load(dir.resolve(DL4J_BINARY).toFile(), false));
        }
        List<MultiLayerNetwork> nets = new java.util.ArrayList<>();
        for (int i = 1; Files.exists(member(dir, i)); i++) {
            nets.add(MultiLayerNetwork.load(member(dir, i).toFile(), false));
        }
        return nets;
    }

    private static Path member(Path dir, int index) {
        return dir.resolve(String.format(java.util.Locale.ROOT, DL4J_MEMBER, index));
    }

    private static final String RUL_OUTPUT = "remaining useful life (cycles) after the last cycle of the window";
    private static final String FAILURE_OUTPUT = "probability of machine failure";

    @SuppressWarnings("unchecked")
    private static Scorer tree(Path file, RulPreprocessing prep, ModelMetadata meta) throws IOException {
        Model<?> loaded = Model.deserializeFromFile(file);
        if (!loaded.validate(Regressor.class)) {
            throw new ModelLoadException(file + " is not a Tribuo regression model");
        }
        TribuoRegressionScorer tribuo = new TribuoRegressionScorer((Model<Regressor>) loaded, meta);
        return JavaTrees.tryFaster(loaded, tribuo).orElse(tribuo);
    }

    @SuppressWarnings("unchecked")
    private static Scorer ai4i(Path dir, String variant, String name, String id, Map<String, Object> provenance)
            throws IOException {
        Object models = provenance.get("models");
        if (!(models instanceof Map<?, ?> byName) || !(byName.get(variant) instanceof Map<?, ?> entry)) {
            throw new ModelLoadException(dir + " has no AI4I model '" + variant + "'; provenance lists "
                    + (models instanceof Map<?, ?> m ? m.keySet() : "none"));
        }
        Path file = dir.resolve(String.valueOf(entry.get("file")));
        List<String> features = provenance.get("features") instanceof List<?> l
                ? l.stream().map(String::valueOf).toList() : Ai4iFeatures.NAMES;
        ModelMetadata meta = new ModelMetadata(name, id + "#" + variant, "ai4i-" + variant, FAILURE_OUTPUT,
                features, provenance);
        if (file.getFileName().toString().endsWith(".tribuo")) {
            Model<?> m = Model.deserializeFromFile(file);
            if (!m.validate(Label.class)) {
                throw new ModelLoadException(file + " is not a Tribuo classification model");
            }
            return new TribuoClassifierScorer((Model<Label>) m, meta);
        }
        // Smile 3 documents Java serialisation for its models; the artifact is our own, written by model-training
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
            return new SmileForestScorer((RandomForest) in.readObject(), meta);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new ModelLoadException(file + " is not a Smile random forest: " + e.getMessage(), e);
        }
    }
}
