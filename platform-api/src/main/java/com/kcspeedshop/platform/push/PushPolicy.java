package com.kcspeedshop.platform.push;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertSeverity;
import com.kcspeedshop.events.AlertState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When (if ever) an alert event is pushed to one user. Pure, so the rules are tested without a clock or a database.
 *
 * <ul>
 *   <li>Below the user's minimum severity: never.</li>
 *   <li>UPDATED events are not pushed (the app shows them); a phone buzzing for every update is what makes people
 *       switch notifications off. RAISED and CLEARED are.</li>
 *   <li>A CRITICAL alert being RAISED is pushed at once, through quiet hours and digests: it may be an engine
 *       overheating right now.</li>
 *   <li>Otherwise IMMEDIATE users get it now and DIGEST users at the next digest boundary; either way a time inside
 *       quiet hours moves to the end of the quiet period.</li>
 * </ul>
 */
public final class PushPolicy {

    private PushPolicy() {
    }

    public static Optional<Instant> dueAt(Alert alert, PushPreferences prefs, Instant now) {
        if (alert.severity().compareTo(prefs.minSeverity()) < 0 || alert.state() == AlertState.UPDATED) {
            return Optional.empty();
        }
        if (alert.severity() == AlertSeverity.CRITICAL && alert.state() == AlertState.RAISED) {
            return Optional.of(now);
        }
        Instant due = now;
        if (prefs.delivery() == PushPreferences.Delivery.DIGEST) {
            long every = Duration.ofMinutes(prefs.digestEveryMinutes()).toMillis();
            due = Instant.ofEpochMilli((Math.floorDiv(now.toEpochMilli(), every) + 1) * every);
        }
        return Optional.of(afterQuietHours(due, prefs));
    }

    static Instant afterQuietHours(Instant t, PushPreferences prefs) {
        if (prefs.quietStart() == null) {
            return t;
        }
        ZonedDateTime local = t.atZone(prefs.zone());
        LocalTime time = local.toLocalTime();
        LocalTime start = prefs.quietStart();
        LocalTime end = prefs.quietEnd();
        boolean spansMidnight = end.isBefore(start);
        boolean quiet = spansMidnight ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return t;
        }
        ZonedDateTime endToday = local.toLocalDate().atTime(end).atZone(prefs.zone());
        // in a period across midnight, before midnight the end is tomorrow morning
        ZonedDateTime quietEnds = spansMidnight && !time.isBefore(start) ? endToday.plusDays(1) : endToday;
        return quietEnds.toInstant();
    }
}
