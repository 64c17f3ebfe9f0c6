package com.kcspeedshop.platform.maintenance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a schedule stands on a given day at a given odometer.
 *
 * @param dueKm        odometer at which it is due, or {@code null} for a time-only schedule
 * @param dueOn        date on which it is due, or {@code null} for a distance-only schedule
 * @param kmLeft       kilometres until due (negative: overdue by that much), or {@code null}
 * @param daysLeft     days until due (negative: overdue), or {@code null}
 * @param triggeredBy  which limit decides the state: {@code distance}, {@code time} or {@code null} when OK
 */
public record DueStatus(State state, Integer dueKm, LocalDate dueOn, Integer kmLeft, Long daysLeft,
                        String triggeredBy) {

    public enum State { OK, DUE_SOON, OVERDUE }

    /** Whichever comes first: overdue if either limit is passed, due soon if either is within its reminder margin. */
    public static DueStatus of(Schedule s, int odometerKm, LocalDate today) {
        Integer dueKm = s.everyKm() == null ? null : s.lastDoneKm() + s.everyKm();
        LocalDate dueOn = s.everyMonths() == null ? null : s.lastDoneOn().plusMonths(s.everyMonths());
        Integer kmLeft = dueKm == null ? null : dueKm - odometerKm;
        Long daysLeft = dueOn == null ? null : ChronoUnit.DAYS.between(today, dueOn);
        if (kmLeft != null && kmLeft <= 0) {
            return new DueStatus(State.OVERDUE, dueKm, dueOn, kmLeft, daysLeft, "distance");
        }
        if (daysLeft != null && daysLeft <= 0) {
            return new DueStatus(State.OVERDUE, dueKm, dueOn, kmLeft, daysLeft, "time");
        }
        if (kmLeft != null && kmLeft <= s.remindKm()) {
            return new DueStatus(State.DUE_SOON, dueKm, dueOn, kmLeft, daysLeft, "distance");
        }
        if (daysLeft != null && daysLeft <= s.remindDays()) {
            return new DueStatus(State.DUE_SOON, dueKm, dueOn, kmLeft, daysLeft, "time");
        }
        return new DueStatus(State.OK, dueKm, dueOn, kmLeft, daysLeft, null);
    }
}
