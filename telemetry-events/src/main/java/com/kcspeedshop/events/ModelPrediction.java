package com.kcspeedshop.events;

import java.time.Instant;

/**
 * One output of a served model for one vehicle.
 *
 * @param modelId   registry id of the exact artifact, so every prediction traces back to data, code and seed
 * @param value     the prediction: remaining useful life, failure probability, anomaly score, depending on the model
 */
public record ModelPrediction(String modelName, String modelId, String vin, Instant predictedAt, double value) {

    public ModelPrediction {
        Checks.notBlank(modelName, "modelName");
        Checks.notBlank(modelId, "modelId");
        Vin.require(vin);
        Checks.notNull(predictedAt, "predictedAt");
        Checks.finite(value, "value");
    }
}
