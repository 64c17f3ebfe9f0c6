package com.kcspeedshop.platform.booking;

import java.util.UUID;
import java.time.Instant;
import java.util.Objects;

/**
 * Asks to hold a slot that an availability search offered.
 *
 * @param alertId optional: the alert the booking answers, so the repair closes the loop
 */
public record HoldRequest(UUID workshopId, long serviceTypeId, String vin, long bayId, long technicianId,
                          Instant start, String alertId) {

    public HoldRequest {
        Objects.requireNonNull(workshopId, "workshopId");
        Objects.requireNonNull(vin, "vin");
        Objects.requireNonNull(start, "start");
    }
}
