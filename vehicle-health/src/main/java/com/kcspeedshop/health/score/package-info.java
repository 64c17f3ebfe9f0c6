/**
 * Explainable health scores: per subsystem 100 minus linear penalty ramps, overall = the worst subsystem, each score
 * with its top contributions (signal, value, threshold crossed, points). Stateless; unknown inputs cost nothing.
 */
package com.kcspeedshop.health.score;
