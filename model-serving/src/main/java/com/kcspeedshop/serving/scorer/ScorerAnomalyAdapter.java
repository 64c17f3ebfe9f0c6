package com.kcspeedshop.serving.scorer;

import com.kcspeedshop.health.anomaly.AnomalyScorer;
import com.kcspeedshop.health.anomaly.FeatureVector;
import java.util.Objects;

/**
 * A {@link Scorer} as vehicle-health's {@link AnomalyScorer}, so the Flink health job can score with a registry model.
 * Missing features arrive as NaN and mean "unknown": a vehicle anomaly model ({@link VehicleAnomalyScorer}) imputes
 * them; any other scorer refuses non-finite input, so such a vector scores NaN ("cannot tell") instead of throwing
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

    /**
     * A vehicle anomaly model at the threshold it was trained with. Only a one-interval model (the isolation forest)
     * fits the engine's per-interval call; a windowed one (the LSTM autoencoder) needs the vehicle's previous
     * intervals, which this stateless adapter does not know: score it with an {@link IntervalWindow} per vehicle.
     *
     * @throws IllegalArgumentException for a windowed model
     */
    public static ScorerAnomalyAdapter of(VehicleAnomalyScorer scorer) {
        if (scorer.window() != 1) {
            throw new IllegalArgumentException(scorer.metadata().id() + " scores windows of " + scorer.window()
                    + " intervals: keep an IntervalWindow per vehicle and call the scorer, not this adapter");
        }
        return new ScorerAnomalyAdapter(scorer, scorer.threshold());
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
