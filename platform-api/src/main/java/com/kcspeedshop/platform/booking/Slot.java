package com.kcspeedshop.platform.booking;

/** A bookable combination: this bay and this technician are both free for the whole range. */
public record Slot(long bayId, long technicianId, TimeRange range) {
}
