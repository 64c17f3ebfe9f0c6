package com.kcspeedshop.training.anomaly;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import smile.anomaly.IsolationForest;

/**
 * Smile's isolation forest on one standardised interval vector; the score is Smile's {@code 2^(-E[h(x)]/c(ψ))} in (0, 1)
 * (Liu, Ting and Zhou 2008): near 1 is isolated quickly, i.e. strange. Saved with Java serialisation, the format Smile 3
 * documents for its models.
 */
public final class IsolationForestModel implements AnomalyModel {

    public static final String KIND = "isolation-forest";
    public static final String BINARY = "model.smile.ser";

    private final IsolationForest forest;
    private final AnomalyPreprocessing prep;

    IsolationForestModel(IsolationForest forest, AnomalyPreprocessing prep) {
        this.forest = forest;
        this.prep = prep;
    }

    static IsolationForestModel load(Path dir, AnomalyPreprocessing prep) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(dir.resolve(BINARY)))) {
            return new IsolationForestModel((IsolationForest) in.readObject(), prep);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(dir.resolve(BINARY) + " is not a Smile isolation forest: " + e.getMessage(), e);
        }
    }

    @Override
    public AnomalyPreprocessing preprocessing() {
        return prep;
    }

    IsolationForestModel withPreprocessing(AnomalyPreprocessing p) {
        return new IsolationForestModel(forest, p);
    }

    @Override
    public double score(double[][] window) {
        if (window.length != 1) {
            throw new IllegalArgumentException("the isolation forest scores one interval, got " + window.length);
        }
        return forest.score(prep.transform(window[0]));
    }

    @Override
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        prep.write(dir);
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(dir.resolve(BINARY)))) {
            out.writeObject(forest);
        }
    }
}
