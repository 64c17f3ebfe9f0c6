package com.kcspeedshop.health.anomaly;

/**
 * Model-based anomaly scoring of one vehicle's feature vector, called once per scoring interval. Model-serving provides
 * real implementations; the engine takes the scorer at construction ({@code VehicleHealthEngine.withScorer}) so a new
 * model (from Flink broadcast state) swaps in between two calls without touching per-vehicle state.
 *
 * <p>Implementations must be deterministic (same vector, same score) and thread-safe; missing features are NaN in the
 * vector and mean "unknown".
 */
public interface AnomalyScorer {

    /** Scores nothing: the statistical detector alone. */
    AnomalyScorer NONE = new AnomalyScorer() {
        @Override
        public String id() {
            return "none";
        }

        @Override
        public double score(FeatureVector features) {
            return Double.NaN;
        }

        @Override
        public double threshold() {
            return Double.POSITIVE_INFINITY;
        }
    };

    /** Names the model in the {@code detector} field of the anomalies it raises, e.g. {@code iforest@3}. */
    String id();

    /** How unusual the vector is, larger is stranger; NaN when the model cannot tell (too few known features). */
    double score(FeatureVector features);

    /** Scores at or above this raise an anomaly. */
    double threshold();
}
