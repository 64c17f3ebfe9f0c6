package com.kcspeedshop.serving.scorer;

import java.util.Objects;

/**
 * A {@link Scorer} shaped as vehicle-health's {@code AnomalyScorer} ({@code id()}, {@code score(vector)},
 * {@code threshold()}), so the Flink health job can score with a registry model. Missing features arrive as NaN and
 * mean "unknown": the scorer refuses non-finite input, so such a vector scores NaN ("cannot tell") instead of throwing
 * inside the stream.
 *
 * <p>TODO(merge): vehicle-health is on main but not on this branch; once merged, declare
 * {@code implements com.kcspeedshop.health.anomaly.AnomalyScorer} and add
 * {@code score(FeatureVector f) { return score(f.values()); }} (one line each; nothing else changes).
 */
public final class ScorerAnomalyAdapter {

    private final Scorer scorer;
    private final double threshold;

    public ScorerAnomalyAdapter(Scorer scorer, double threshold) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold must be a number");
        }
        this.threshold = threshold;
    }

    /** {@code <model name>@<artifact id>}, the {@code detector} field of anomalies the model raises. */
    public String id() {
        return scorer.metadata().name() + "@" + scorer.metadata().id();
    }

    /** The model's output for the vector; NaN when a feature is unknown (NaN) or the length does not fit. */
    public double score(double[] features) {
        try {
            return scorer.predict(features);
        } catch (InvalidInputException e) {
            return Double.NaN;
        }
    }

    public double threshold() {
        return threshold;
    }
}
