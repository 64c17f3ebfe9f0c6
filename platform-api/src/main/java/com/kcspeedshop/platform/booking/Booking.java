package com.kcspeedshop.platform.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * One booking of a bay and a technician for a service on a vehicle.
 *
 * @param holdExpiresAt when a HELD booking lets go of its slot unless confirmed; {@code null} once confirmed
 * @param alertId       the alert this booking was made from, or {@code null}
 */
public record Booking(UUID id, UUID workshopId, long bayId, long technicianId, long serviceTypeId, String vin,
                      TimeRange range, BookingStatus status, Instant holdExpiresAt, String alertId,
                      UUID rescheduledFrom, String createdBy) {
}
