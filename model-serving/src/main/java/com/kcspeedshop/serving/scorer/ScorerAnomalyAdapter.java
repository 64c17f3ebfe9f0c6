package com.kcspeedshop.serving.scorer;

import com.kcspeedshop.health.anomaly.AnomalyScorer;
import com.kcspeedshop.health.anomaly.FeatureVector;
import java.util.Objects;

/**
 * A {@link Scorer} as vehicle-health's {@link AnomalyScorer}, so the Flink health job can score with a registry model. Missing features arrive as NaN and
 * mean "unknown": the scorer refuses non-finite input, so such a vector scores NaN ("cannot tell") instead of throwing
 * inside the stream.

 */
public final class ScorerAnomalyAdapter implements AnomalyScorer {

    private final Scorer scorer;
    private final double threshold;

    public ScorerAnomalyAdapter(Scorer scorer, double threshold) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold must be a number");
        }
        this.threshold = threshold;
    }

    @Override
    public double score(FeatureVector features) {
        return score(features.toArray());
    }

    /** {@code <model name>@<artifact id>}, the {@code detector} field of anomalies the model raises. */
    @Override
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

    @Override
    public double threshold() {
        return threshold;
    }
}
