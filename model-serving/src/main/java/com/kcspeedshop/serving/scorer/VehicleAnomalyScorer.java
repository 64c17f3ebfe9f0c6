package com.kcspeedshop.serving.scorer;

import com.kcspeedshop.health.anomaly.FeatureVector;
import com.kcspeedshop.training.anomaly.AnomalyModel;
import com.kcspeedshop.training.anomaly.AnomalyPreprocessing;
import com.kcspeedshop.training.anomaly.IsolationForestModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A vehicle anomaly model (model-training's isolation forest or LSTM autoencoder) as a {@link Scorer}. It delegates to
 * model-training's {@link AnomalyModel}, the class that was evaluated, so training-side and served scores are the same
 * numbers by construction (one class for both kinds: their only difference, the window, is in the artifact).
 *
 * <p>A row is {@code window} interval vectors ({@link FeatureVector#NAMES} each) flattened oldest first: the forest's
 * window is 1, so its row is exactly a FeatureVector; the autoencoder's row carries the previous intervals too. The
 * scorer stays stateless (rows from any vehicle, any thread): the caller, which knows the vehicle, keeps the last
 * intervals, e.g. with {@link IntervalWindow} in per-vehicle state. <b>NaN means "unknown"</b> here, as in a
 * FeatureVector, and is imputed by the model's preprocessing; only infinities and wrong lengths are refused.
 */
public final class VehicleAnomalyScorer implements Scorer {

    private final AnomalyModel model;
    private final ModelMetadata meta;
    private final int window;
    private final int width = FeatureVector.NAMES.size();

    VehicleAnomalyScorer(AnomalyModel model, String name, String id, java.util.Map<String, Object> provenance) {
        this.model = model;
        this.window = model.preprocessing().window();
        String output = model instanceof IsolationForestModel
                ? "isolation forest anomaly score in (0, 1), larger is stranger"
                : "mean squared reconstruction error of the standardised window, larger is stranger";
        this.meta = new ModelMetadata(name, id, "anomaly-" + model.preprocessing().kind(), output,
                names(window), provenance);
    }

    /** Column names: the FeatureVector names, prefixed {@code t-k.} (k intervals back) when the window is longer. */
    static List<String> names(int window) {
        if (window == 1) {
            return FeatureVector.NAMES;
        }
        List<String> names = new ArrayList<>();
        for (int k = window - 1; k >= 0; k--) {
            for (String n : FeatureVector.NAMES) {
                names.add("t-" + k + "." + n);
            }
        }
        return names;
    }

    @Override
    public ModelMetadata metadata() {
        return meta;
    }

    /** Intervals per row. */
    public int window() {
        return window;
    }

    /** The alarm threshold chosen on the validation trips; scores at or above it are anomalies. */
    public double threshold() {
        return model.preprocessing().threshold();
    }

    @Override
    public double[] predict(double[][] batch) {
        Inputs.validate(batch, meta, true);
        double[] out = new double[batch.length];
        for (int r = 0; r < batch.length; r++) {
            double[][] rows = new double[window][width];
            for (int t = 0; t < window; t++) {
                System.arraycopy(batch[r], t * width, rows[t], 0, width);
            }
            out[r] = model.score(rows);
        }
        return out;
    }

    static VehicleAnomalyScorer load(java.nio.file.Path dir, String name, String id,
                                     java.util.Map<String, Object> provenance) throws java.io.IOException {
        return new VehicleAnomalyScorer(AnomalyModel.load(dir), name, id, provenance);
    }

    static boolean isArtifact(java.nio.file.Path dir) {
        return java.nio.file.Files.exists(dir.resolve(AnomalyPreprocessing.FILE));
    }
}
