package com.kcspeedshop.training.anomaly;

import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.VehicleHealthEngine;
import com.kcspeedshop.health.anomaly.AnomalyScorer;
import com.kcspeedshop.health.anomaly.FeatureVector;
import com.kcspeedshop.health.reference.HealthReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The feature vectors of one trip, taken from the real {@link VehicleHealthEngine}: a recording {@link AnomalyScorer}
 * is plugged in and keeps every {@link FeatureVector} the engine hands it, one per closed 10 s scoring interval. So a
 * model trains on exactly what the Flink health job will feed it, through the same code.
 */
public final class IntervalFeatures {

    private IntervalFeatures() {
    }

    /** One vector per scored interval, in time order; the readings must be of one vehicle. */
    public static List<FeatureVector> of(List<ObdReading> readings) {
        Recorder recorder = new Recorder();
        new HealthReference(VehicleHealthEngine.defaults().withScorer(recorder)).compute(readings, List.of());
        return recorder.vectors;
    }

    /** Scores nothing (NaN never raises), remembers every vector. One per replay, so not shared across threads. */
    private static final class Recorder implements AnomalyScorer {
        private final List<FeatureVector> vectors = new ArrayList<>();

        @Override
        public String id() {
            return "feature-recorder";
        }

        @Override
        public double score(FeatureVector features) {
            vectors.add(features);
            return Double.NaN;
        }

        @Override
        public double threshold() {
            return Double.POSITIVE_INFINITY;
        }
    }
}
