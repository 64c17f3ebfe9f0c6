package com.kcspeedshop.training.anomaly;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.kcspeedshop.health.anomaly.FeatureVector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What turns a {@link FeatureVector}-shaped row into a model input, fitted on the training intervals and saved as
 * {@value #FILE} beside the model binary (serving reads the same file through this class).
 *
 * <p>Columns: a feature vector column is kept when it is known (not NaN) in at least {@value #MIN_KNOWN_SHARE} of the
 * training intervals and varies there; the others (signals one car never reports, the 10 min windows of short trips)
 * carry no learnable normal range. Each kept column is standardised with the training mean and standard deviation.
 * <b>NaN handling:</b> an unknown value becomes 0 after standardisation, i.e. the training mean (mean imputation), so
 * "unknown" never looks anomalous by itself; values are then clipped to ±{@value #CLIP} so one wild sensor cannot swamp
 * the LSTM's squared error.
 *
 * @param kind      {@code isolation-forest} or {@code lstm-autoencoder}
 * @param window    intervals per model input (1 for the forest)
 * @param threshold scores at or above it raise an alarm (chosen on the validation trips)
 * @param columns   kept indexes into {@link FeatureVector#NAMES}
 * @param mean      training mean per kept column
 * @param std       training standard deviation per kept column
 * @param errorScale the autoencoder's typical squared reconstruction error per kept column on its training windows
 *                   (scores are errors in these units); null for the forest
 */
public record AnomalyPreprocessing(String kind, int window, double threshold, int[] columns, double[] mean,
                                   double[] std, double[] errorScale) {

    public static final String FILE = "anomaly.json";
    static final double MIN_KNOWN_SHARE = 0.5;
    static final double CLIP = 20;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @JsonCreator
    public AnomalyPreprocessing(@JsonProperty("kind") String kind, @JsonProperty("window") int window,
                                @JsonProperty("threshold") double threshold, @JsonProperty("columns") int[] columns,
                                @JsonProperty("mean") double[] mean, @JsonProperty("std") double[] std,
                                @JsonProperty("errorScale") double[] errorScale) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.errorScale = errorScale == null ? null : errorScale.clone();
        if (errorScale != null && (errorScale.length != columns.length
                || java.util.Arrays.stream(errorScale).anyMatch(e -> !(e > 0) || Double.isInfinite(e)))) {
            throw new IllegalArgumentException("error scale needs one positive number per column");
        }
        this.window = window;
        this.threshold = threshold;
        this.columns = columns.clone();
        this.mean = mean.clone();
        this.std = std.clone();
        if (window < 1 || columns.length == 0 || mean.length != columns.length || std.length != columns.length) {
            throw new IllegalArgumentException("inconsistent anomaly preprocessing: window " + window + ", "
                    + columns.length + " columns, " + mean.length + " means, " + std.length + " stds");
        }
        for (int c : columns) {
            if (c < 0 || c >= FeatureVector.NAMES.size()) {
                throw new IllegalArgumentException("column " + c + " is outside the feature vector layout");
            }
        }
    }

    /**
     * Fits columns, means and standard deviations on training rows (each {@link FeatureVector#NAMES}-long).
     *
     * @throws IllegalArgumentException when no column is known often enough to learn from
     */
    public static AnomalyPreprocessing fit(String kind, int window, List<double[]> rows) {
        int n = FeatureVector.NAMES.size();
        List<Integer> kept = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> stds = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            double sum = 0;
            double sq = 0;
            int known = 0;
            for (double[] r : rows) {
                if (!Double.isNaN(r[c])) {
                    sum += r[c];
                    sq += r[c] * r[c];
                    known++;
                }
            }
            if (known == 0 || known < MIN_KNOWN_SHARE * rows.size()) {
                continue;
            }
            double m = sum / known;
            double sd = Math.sqrt(Math.max(0, sq / known - m * m));
            if (sd > 1e-9 * Math.max(1, Math.abs(m))) {
                kept.add(c);
                means.add(m);
                stds.add(sd);
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("no feature is known in " + (int) (MIN_KNOWN_SHARE * 100)
                    + " % of the " + rows.size() + " training intervals and varies: nothing to learn");
        }
        return new AnomalyPreprocessing(kind, window, Double.NaN, kept.stream().mapToInt(Integer::intValue).toArray(),
                means.stream().mapToDouble(Double::doubleValue).toArray(),
                stds.stream().mapToDouble(Double::doubleValue).toArray(), null);
    }

    /** The same preprocessing with the alarm threshold set. */
    public AnomalyPreprocessing withThreshold(double newThreshold) {
        return new AnomalyPreprocessing(kind, window, newThreshold, columns, mean, std, errorScale);
    }

    /** The same preprocessing with the autoencoder's per-column error scale set. */
    public AnomalyPreprocessing withErrorScale(double[] scale) {
        return new AnomalyPreprocessing(kind, window, threshold, columns, mean, std, scale);
    }

    /** Model inputs per interval. */
    public int width() {
        return columns.length;
    }

    /** Names of the kept columns, in input order. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>();
        for (int c : columns) {
            names.add(FeatureVector.NAMES.get(c));
        }
        return names;
    }

    /**
     * The model input of one {@link FeatureVector#NAMES}-long row: kept columns, standardised, NaN as 0, clipped.
     *
     * @throws IllegalArgumentException when the row has another length, or an infinite value
     */
    public double[] transform(double[] row) {
        if (row.length != FeatureVector.NAMES.size()) {
            throw new IllegalArgumentException("expected " + FeatureVector.NAMES.size() + " features, got "
                    + row.length);
        }
        double[] out = new double[columns.length];
        for (int i = 0; i < columns.length; i++) {
            double v = row[columns[i]];
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException(FeatureVector.NAMES.get(columns[i]) + " is " + v);
            }
            double z = Double.isNaN(v) ? 0 : (v - mean[i]) / std[i];
            out[i] = Math.max(-CLIP, Math.min(CLIP, z));
        }
        return out;
    }

    @Override
    public int[] columns() {
        return columns.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] std() {
        return std.clone();
    }

    @Override
    public double[] errorScale() {
        return errorScale == null ? null : errorScale.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnomalyPreprocessing p && p.kind.equals(kind) && p.window == window
                && Double.compare(p.threshold, threshold) == 0 && java.util.Arrays.equals(p.columns, columns)
                && java.util.Arrays.equals(p.mean, mean) && java.util.Arrays.equals(p.std, std) && java.util.Arrays.equals(p.errorScale, errorScale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, window, threshold, java.util.Arrays.hashCode(columns));
    }

    public void write(Path dir) throws IOException {
        JSON.writeValue(dir.resolve(FILE).toFile(), this);
    }

    public static AnomalyPreprocessing read(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(FILE).toFile(), AnomalyPreprocessing.class);
    }
}
