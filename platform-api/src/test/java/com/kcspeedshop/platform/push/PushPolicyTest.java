package com.kcspeedshop.platform.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertSeverity;
import com.kcspeedshop.events.AlertState;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PushPolicyTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // 23:30 in Berlin (UTC+1 in winter)
    private static final Instant LATE = Instant.parse("2027-01-12T22:30:00Z");
    private static final Instant NOON = Instant.parse("2027-01-12T11:00:00Z");
    private static final PushPreferences QUIET_NIGHTS = new PushPreferences(AlertSeverity.WARNING,
            PushPreferences.Delivery.IMMEDIATE, 60, LocalTime.of(22, 0), LocalTime.of(7, 0), BERLIN);

    private static Alert alert(AlertSeverity severity, AlertState state) {
        return new Alert("a-1", "1HGCM82633A004352", "low_battery", severity, state, NOON, "12.1 V engine off");
    }

    @Test
    void belowTheMinimumIsNotPushed() {
        assertThat(PushPolicy.dueAt(alert(AlertSeverity.INFO, AlertState.RAISED), PushPreferences.DEFAULT, NOON))
                .isEmpty();
        // an update is due like a raise; the outbox decides whether it is new (a higher severity) or a repeat
        assertThat(PushPolicy.dueAt(alert(AlertSeverity.WARNING, AlertState.UPDATED), PushPreferences.DEFAULT, NOON))
                .hasValue(NOON);
        assertThat(PushPolicy.dueAt(alert(AlertSeverity.WARNING, AlertState.RAISED), PushPreferences.DEFAULT, NOON))
                .hasValue(NOON);
        assertThat(PushPolicy.dueAt(alert(AlertSeverity.WARNING, AlertState.CLEARED), PushPreferences.DEFAULT, NOON))
                .hasValue(NOON);
    }

    @Test
    void quietHoursAcrossMidnightHoldUntilMorningButNotForCriticalRaises() {
        // 23:30 Berlin is quiet: due at 07:00 Berlin the next morning = 06:00 UTC
        assertThat(PushPolicy.dueAt(alert(AlertSeverity.WARNING, AlertState.RAISED), QUIET_NIGHTS, LATE))
                .hasValue(Instant.parse("2027-01-13T06:00:00Z"));
        // 05:00 Berlin is quiet too: due at 07:00 the same morning
        assertThat(PushPolicy.dueAt(alert(AlertSeverity.WARNING, AlertState.RAISED), QUIET_NIGHTS,
                Instant.parse("2027-01-13T04:00:00Z"))).hasValue(Instant.parse("2027-01-13T06:00:00Z"));
        assertThat(PushPolicy.dueAt(alert(AlertSeverity.CRITICAL, AlertState.RAISED), QUIET_NIGHTS, LATE))
                .hasValue(LATE);
        assertThat(PushPolicy.dueAt(alert(AlertSeverity.CRITICAL, AlertState.UPDATED), QUIET_NIGHTS, LATE))
                .as("an escalation to critical").hasValue(LATE);
        // the all-clear of a critical alert can wait for the morning
        assertThat(PushPolicy.dueAt(alert(AlertSeverity.CRITICAL, AlertState.CLEARED), QUIET_NIGHTS, LATE))
                .hasValue(Instant.parse("2027-01-13T06:00:00Z"));
        assertThat(PushPolicy.dueAt(alert(AlertSeverity.WARNING, AlertState.RAISED), QUIET_NIGHTS, NOON))
                .hasValue(NOON);
    }

    @Test
    void digestsGoOutAtTheNextBoundary() {
        PushPreferences digest = new PushPreferences(AlertSeverity.INFO, PushPreferences.Delivery.DIGEST, 30, null,
                null, BERLIN);
        assertThat(PushPolicy.dueAt(alert(AlertSeverity.INFO, AlertState.RAISED), digest,
                Instant.parse("2027-01-12T11:07:00Z"))).hasValue(Instant.parse("2027-01-12T11:30:00Z"));
        assertThat(PushPolicy.dueAt(alert(AlertSeverity.CRITICAL, AlertState.RAISED), digest,
                Instant.parse("2027-01-12T11:07:00Z"))).hasValue(Instant.parse("2027-01-12T11:07:00Z"));
    }
}
