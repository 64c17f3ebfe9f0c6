package com.kcspeedshop.serving.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * @param model       the name asked for
 * @param modelId     the artifact that answered, so a prediction traces to data, code and seed
 * @param output      what the numbers mean
 * @param prediction  the answer to a single {@code features} row
 * @param predictions the answers to {@code instances}, in order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PredictResponse(String model, String modelId, String output, Double prediction, double[] predictions) {
}
