package com.kcspeedshop.serving.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Either one row ({@code features}) or a batch ({@code instances}), never both.
 *
 * @param features  one feature row, in the order of the model's {@code featureNames}
 * @param instances several rows
 */
@Schema(description = "Give exactly one of features (one row) and instances (a batch of rows).")
public record PredictRequest(double[] features, double[][] instances) {
}
