package com.kcspeedshop.platform.push;

import com.kcspeedshop.events.AlertSeverity;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How one user wants alerts pushed.
 *
 * @param minSeverity   alerts below this are not pushed at all (they stay visible in the app)
 * @param delivery      IMMEDIATE, or DIGEST: collected and sent as one message every {@code digestEveryMinutes}
 * @param quietStart    start of the nightly quiet period in the user's zone, or {@code null} for none
 * @param quietEnd      its end; a period may span midnight (22:00-07:00)
 */
public record PushPreferences(AlertSeverity minSeverity, Delivery delivery, int digestEveryMinutes,
                              LocalTime quietStart, LocalTime quietEnd, ZoneId zone) {

    public enum Delivery { IMMEDIATE, DIGEST }

    public static final PushPreferences DEFAULT = new PushPreferences(AlertSeverity.WARNING, Delivery.IMMEDIATE, 60,
            null, null, ZoneId.of("UTC"));

    public PushPreferences {
        Objects.requireNonNull(minSeverity, "minSeverity");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(zone, "zone");
        if (digestEveryMinutes < 5 || digestEveryMinutes > 1440) {
            throw new IllegalArgumentException("digestEveryMinutes must be within 5..1440, got " + digestEveryMinutes);
        }
        if ((quietStart == null) != (quietEnd == null)) {
            throw new IllegalArgumentException("quiet hours need both a start and an end");
        }
        if (quietStart != null && quietStart.equals(quietEnd)) {
            throw new IllegalArgumentException("quiet hours must not start and end at the same time");
        }
    }
}
