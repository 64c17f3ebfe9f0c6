package com.kcspeedshop.platform.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One opening period on one weekday, in the workshop's local time. A day may have several (a lunch break is two).
 * Periods across midnight are not supported: workshops here close at night, and refusing them keeps DST handling simple.
 */
public record DailyHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

    public DailyHours {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("opening hours must close after they open on the same day: " + day
                    + " " + opens + "-" + closes);
        }
    }
}
