package com.kcspeedshop.serving.registry;

import java.util.Locale;
import java.util.Objects;

/**
 * The figure a model is promoted on: its {@code metric} measured on evaluation set {@code setId} whose data hashes to
 * {@code dataSha256}. Two evaluations are comparable only when all three agree; a different test file, or the same name
 * over changed data, is a different exam.
 *
 * @param lowerIsBetter true for errors (RMSE, PHM08 score), false for F1, recall and the like
 */
public record Evaluation(String setId, String dataSha256, String metric, double value, boolean lowerIsBetter) {

    public Evaluation {
        requireText(setId, "evaluation set id");
        requireText(dataSha256, "evaluation data sha256");
        if (!dataSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("evaluation data sha256 must be 64 lower-case hex digits, got: "
                    + dataSha256);
        }
        requireText(metric, "metric");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("metric value must be a finite number, got: " + value);
        }
    }

    /** Null when comparable; otherwise why not, naming both sides. */
    public String whyNotComparable(Evaluation other) {
        if (!setId.equals(other.setId)) {
            return "evaluation sets differ: " + setId + " vs " + other.setId;
        }
        if (!dataSha256.equals(other.dataSha256)) {
            return "evaluation set " + setId + " has different data: sha256 " + dataSha256 + " vs "
                    + other.dataSha256;
        }
        if (!metric.equals(other.metric) || lowerIsBetter != other.lowerIsBetter) {
            return "metrics differ: " + describeMetric() + " vs " + other.describeMetric();
        }
        return null;
    }

    /** Strictly better than {@code other}; a tie keeps the champion. Call only when comparable. */
    public boolean beats(Evaluation other) {
        return lowerIsBetter ? value < other.value : value > other.value;
    }

    String describeMetric() {
        return metric + " (" + (lowerIsBetter ? "lower" : "higher") + " is better)";
    }

    String describe() {
        return String.format(Locale.ROOT, "%s %.6g on %s", metric, value, setId);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        Objects.requireNonNull(value);
    }
}
