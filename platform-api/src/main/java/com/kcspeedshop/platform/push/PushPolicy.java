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
 *   <li>An active alert (RAISED or UPDATED) is pushed once per severity it reaches, and once more when CLEARED: the
 *       outbox deduplicates on that ({@link PushService}), so an update that only changes a value never buzzes a
 *       phone again (that is what makes people switch notifications off), but an escalation does.</li>
 *   <li>A CRITICAL active alert is pushed at once, through quiet hours and digests: it may be an engine overheating
 *       right now.</li>
 *   <li>Otherwise IMMEDIATE users get it now and DIGEST users at the next digest boundary; either way a time inside
 *       quiet hours moves to the end of the quiet period.</li>
 * </ul>
 */
public final class PushPolicy {

    private PushPolicy() {
    }

    public static Optional<Instant> dueAt(Alert alert, PushPreferences prefs, Instant now) {
        if (alert.severity().compareTo(prefs.minSeverity()) < 0) {
            return Optional.empty();
        }
        if (alert.severity() == AlertSeverity.CRITICAL && alert.state() != AlertState.CLEARED) {
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
