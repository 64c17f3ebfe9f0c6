package com.kcspeedshop.platform.maintenance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A recurring maintenance item of one vehicle: due every {@code everyKm} kilometres <b>or</b> every {@code everyMonths}
 * months, whichever comes first (either may be absent, not both), counted from when it was last done. Logging the
 * service resets the count.
 *
 * @param lastDoneKm   odometer when last done; for a new schedule, the odometer when it was created
 * @param lastDoneOn   date when last done; for a new schedule, the day it was created
 * @param remindKm     start reminding this many km before it is due
 * @param remindDays   start reminding this many days before it is due
 */
public record Schedule(UUID id, String vin, String name, String serviceCode, Integer everyKm, Integer everyMonths,
                       int lastDoneKm, LocalDate lastDoneOn, int remindKm, int remindDays) {

    public Schedule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vin, "vin");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lastDoneOn, "lastDoneOn");
        if (everyKm == null && everyMonths == null) {
            throw new IllegalArgumentException("a schedule needs a distance, a time or both");
        }
        if (everyKm != null && everyKm <= 0 || everyMonths != null && everyMonths <= 0) {
            throw new IllegalArgumentException("intervals must be positive");
        }
        if (lastDoneKm < 0 || remindKm < 0 || remindDays < 0) {
            throw new IllegalArgumentException("kilometres and days must not be negative");
        }
    }
}
