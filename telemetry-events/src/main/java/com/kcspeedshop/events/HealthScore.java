package com.kcspeedshop.events;

import java.time.Instant;
import java.util.List;

/**
 * A vehicle's health for one subsystem (or {@code overall}), 0 (failing) to 100 (healthy), with its explanation.
 *
 * @param contributions the top reasons, largest penalty first
 */
public record HealthScore(String vin, String subsystem, Instant computedAt, double score,
                          List<HealthContribution> contributions) {

    public HealthScore {
        Vin.require(vin);
        Checks.notBlank(subsystem, "subsystem");
        Checks.notNull(computedAt, "computedAt");
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("score must be within 0..100, got " + score);
        }
        contributions = List.copyOf(Checks.notNull(contributions, "contributions"));
    }
}
