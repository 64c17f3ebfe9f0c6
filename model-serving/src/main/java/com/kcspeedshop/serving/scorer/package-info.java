/**
 * The embeddable scorer: plain Java, no Spring. {@link com.kcspeedshop.serving.scorer.Scorers#load} reads an artifact
 * folder written by model-training (tree or DL4J RUL, AI4I classifiers, vehicle anomaly models) into a thread-safe
 * {@link com.kcspeedshop.serving.scorer.Scorer}. Every input row is validated (feature count, finite values; for anomaly models NaN means unknown) before it
 * reaches a model, so bad input is an {@link com.kcspeedshop.serving.scorer.InvalidInputException}, never a native crash.
 */
package com.kcspeedshop.serving.scorer;
