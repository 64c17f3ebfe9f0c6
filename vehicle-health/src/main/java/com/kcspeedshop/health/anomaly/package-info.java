/**
 * Anomaly detection: a robust streaming detector per vehicle and watched feature (EWMA mean/variance with clipping,
 * warm-up and operating-state conditioning), and the {@link com.kcspeedshop.health.anomaly.AnomalyScorer} plug-in for
 * model-based scoring of a {@link com.kcspeedshop.health.anomaly.FeatureVector} once per interval.
 */
package com.kcspeedshop.health.anomaly;
