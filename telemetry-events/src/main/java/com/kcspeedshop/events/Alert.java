package com.kcspeedshop.events;

import java.time.Instant;

/**
 * One lifecycle event of one alert episode.
 *
 * @param alertId deterministic per episode (derived from vin, rule and the episode's start), so consumers deduplicate
 */
public record Alert(String alertId, String vin, String rule, AlertSeverity severity, AlertState state, Instant at,
                    String message) {

    public Alert {
        Checks.notBlank(alertId, "alertId");
        Vin.require(vin);
        Checks.notBlank(rule, "rule");
        Checks.notNull(severity, "severity");
        Checks.notNull(state, "state");
        Checks.notNull(at, "at");
        Checks.notNull(message, "message");
    }
}
