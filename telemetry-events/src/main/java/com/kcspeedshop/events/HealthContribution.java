package com.kcspeedshop.events;

/**
 * One reason a health score is below 100: a signal, its value, the threshold it crossed and the points it cost.
 */
public record HealthContribution(String signal, double value, double threshold, double penalty) {

    public HealthContribution {
        Checks.notBlank(signal, "signal");
        Checks.finite(value, "value");
        Checks.finite(threshold, "threshold");
        if (!(penalty >= 0 && penalty <= 100)) {
            throw new IllegalArgumentException("penalty must be within 0..100, got " + penalty);
        }
    }
}
