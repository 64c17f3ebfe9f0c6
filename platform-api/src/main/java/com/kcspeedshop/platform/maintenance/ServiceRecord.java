package com.kcspeedshop.platform.maintenance;

import java.time.LocalDate;
import java.util.UUID;

/** A service that was done: when, at what odometer, what, and (optionally) which schedule it resets. */
public record ServiceRecord(UUID id, String vin, UUID scheduleId, LocalDate performedOn, int odometerKm,
                            String description, UUID bookingId, String recordedBy) {
}
