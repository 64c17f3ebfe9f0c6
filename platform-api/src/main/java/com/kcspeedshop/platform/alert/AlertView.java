package com.kcspeedshop.platform.alert;

import java.time.Instant;
import java.util.List;

/**
 * An alert episode as people see it. {@code status} combines the stream and the workflow: RESOLVED (a person closed
 * it), CLEARED (the stream reported the episode over: auto-cleared), ACKNOWLEDGED (someone is on it), else OPEN.
 */
public record AlertView(String alertId, String vin, String rule, String severity, String status, String message,
                        Instant raisedAt, Instant updatedAt, Instant clearedAt, String acknowledgedBy,
                        Instant acknowledgedAt, String assignedTo, String resolvedBy, Instant resolvedAt,
                        String resolutionNote, List<Event> timeline) {

    /** One lifecycle event from the stream. */
    public record Event(String state, Instant at, String severity, String message) {
    }
}
