package com.kcspeedshop.health.score;

/**
 * A linear penalty ramp: 0 points at {@code threshold}, {@code max} points at {@code full} and beyond. Works in either
 * direction ({@code full < threshold} penalises low values). Linear because a technician can check it by hand.
 */
record Penalty(String signal, double threshold, double full, double max) {

    Penalty {
        if (threshold == full || !(max > 0 && max <= 100)) {
            throw new IllegalArgumentException("bad penalty ramp for " + signal);
        }
    }

    /** Points lost for {@code value}; 0 when the threshold is not crossed or the value is unknown (NaN). */
    double of(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        double fraction = (value - threshold) / (full - threshold);
        return max * Math.max(0, Math.min(1, fraction));
    }
}
