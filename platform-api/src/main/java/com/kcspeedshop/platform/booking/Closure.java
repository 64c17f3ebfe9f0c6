package com.kcspeedshop.platform.booking;

import java.time.LocalDate;
import java.util.Objects;

/** Whole local days the workshop is shut (holidays, stocktaking), both ends inclusive. */
public record Closure(LocalDate from, LocalDate to, String reason) {

    public Closure {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a closure must not end before it starts: " + from + " .. " + to);
        }
        reason = reason == null ? "" : reason;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
