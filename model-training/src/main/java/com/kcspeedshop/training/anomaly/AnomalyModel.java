package com.kcspeedshop.training.anomaly;

import com.kcspeedshop.health.anomaly.FeatureVector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A trained vehicle anomaly model: scores the last {@link AnomalyPreprocessing#window()} interval vectors of one
 * vehicle, larger is stranger. An artifact folder holds {@value AnomalyPreprocessing#FILE} (columns, scaling, window,
 * threshold), the binary and {@code provenance.json}.
 */
public interface AnomalyModel {

    AnomalyPreprocessing preprocessing();

    /**
     * The score of one window of raw {@link FeatureVector#NAMES}-long rows, oldest first, exactly
     * {@code preprocessing().window()} of them (NaN = unknown).
     */
    double score(double[][] window);

    /** Writes {@value AnomalyPreprocessing#FILE} and the binary into {@code dir}. */
    void save(Path dir) throws IOException;

    /**
     * One score per interval of one vehicle's vectors, in order: interval i is scored on intervals i-window+1..i;
     * the first window-1 intervals of a trip score NaN (the model cannot tell yet).
     */
    default double[] scoreTrip(List<FeatureVector> vectors) {
        int w = preprocessing().window();
        double[] scores = new double[vectors.size()];
        for (int i = 0; i < scores.length; i++) {
            if (i + 1 < w) {
                scores[i] = Double.NaN;
                continue;
            }
            double[][] window = new double[w][];
            for (int k = 0; k < w; k++) {
                window[k] = vectors.get(i - w + 1 + k).toArray();
            }
            scores[i] = score(window);
        }
        return scores;
    }

    /**
     * Loads an artifact folder written by {@link #save}.
     *
     * @throws IOException when the folder lacks the files or names an unknown kind
     */
    static AnomalyModel load(Path dir) throws IOException {
        if (!Files.exists(dir.resolve(AnomalyPreprocessing.FILE))) {
            throw new IOException(dir.toAbsolutePath() + " is not an anomaly model: no " + AnomalyPreprocessing.FILE);
        }
        AnomalyPreprocessing prep = AnomalyPreprocessing.read(dir);
        return switch (prep.kind()) {
            case IsolationForestModel.KIND -> IsolationForestModel.load(dir, prep);
            case LstmAutoencoderModel.KIND -> LstmAutoencoderModel.load(dir, prep);
            default -> throw new IOException(dir + ": unknown anomaly model kind '" + prep.kind() + "'");
        };
    }
}
