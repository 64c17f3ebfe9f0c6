/**
 * Vehicle anomaly models on the real OBD trips: a Smile isolation forest and a DL4J LSTM autoencoder, trained on the
 * {@link com.kcspeedshop.health.anomaly.FeatureVector}s the vehicle-health engine produces per 10 s scoring interval
 * (so training sees what the Flink job feeds the scorer), with a deterministic trip split ({@link
 * com.kcspeedshop.training.anomaly.TripSplit}), a threshold chosen on normal validation trips, and an evaluation with
 * vehicle-health's shared fault injector. Invariant: nothing here learns from a faulted trip.
 */
package com.kcspeedshop.training.anomaly;
