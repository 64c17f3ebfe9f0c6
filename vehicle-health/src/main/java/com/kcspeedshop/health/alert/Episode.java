package com.kcspeedshop.health.alert;

import com.kcspeedshop.events.AlertSeverity;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * One rule's alert lifecycle for one vehicle, with hysteresis in both value and time: the raise condition must hold for
 * a sustain period (event time) before the episode is RAISED, and the separate, easier clear condition must hold for a
 * clear period before it is CLEARED. In between there is exactly one episode: UPDATED only when the severity escalates
 * or the value moved materially (and not more than once a minute). Severity never drops within an episode, so a value
 * hovering at the critical line cannot flap.
 */
final class Episode {

    static final int NONE = 0;
    static final int RAISED = 1;
    static final int UPDATED = 2;
    static final int CLEARED = 3;
    static final long NEVER = Long.MIN_VALUE;
    static final long MIN_UPDATE_GAP_MS = 60_000;

    private boolean active;
    private AlertSeverity severity = AlertSeverity.WARNING;
    private long start = NEVER;
    private long conditionSince = NEVER;
    private long clearSince = NEVER;
    private double reportedValue;
    private long reportedAt = NEVER;

    /**
     * Advances the episode by one observation.
     *
     * @param raise    the raise condition holds now
     * @param critical the value is in the critical range now (only matters while raising or active)
     * @param clear    the clear condition holds now (should be stricter than {@code !raise}: that is the hysteresis)
     * @return NONE, RAISED, UPDATED or CLEARED
     */
    int step(long t, boolean raise, boolean critical, boolean clear, double value, long sustainMs, long clearMs,
             double materialDelta) {
        if (!active) {
            if (!raise) {
                conditionSince = NEVER;
                return NONE;
            }
            if (conditionSince == NEVER) {
                conditionSince = t;
            }
            if (t - conditionSince < sustainMs) {
                return NONE;
            }
            active = true;
            start = conditionSince;
            severity = critical ? AlertSeverity.CRITICAL : AlertSeverity.WARNING;
            clearSince = NEVER;
            return report(t, value, RAISED);
        }
        if (clear) {
            if (clearSince == NEVER) {
                clearSince = t;
            }
            if (t - clearSince >= clearMs) {
                active = false;
                conditionSince = NEVER;
                clearSince = NEVER;
                return report(t, value, CLEARED);
            }
            return NONE;
        }
        clearSince = NEVER;
        if (critical && severity != AlertSeverity.CRITICAL) {
            severity = AlertSeverity.CRITICAL;
            return report(t, value, UPDATED);
        }
        if (raise && Math.abs(value - reportedValue) >= materialDelta && t - reportedAt >= MIN_UPDATE_GAP_MS) {
            return report(t, value, UPDATED);
        }
        return NONE;
    }

    /** Raises immediately at {@code t} with {@code sev} (for events such as a new trouble code). */
    int raiseNow(long t, AlertSeverity sev, double value) {
        active = true;
        start = t;
        severity = sev;
        return report(t, value, RAISED);
    }

    int clearNow(long t, double value) {
        active = false;
        return report(t, value, CLEARED);
    }

    private int report(long t, double value, int what) {
        reportedValue = value;
        reportedAt = t;
        return what;
    }

    boolean active() {
        return active;
    }

    AlertSeverity severity() {
        return severity;
    }

    /** When the episode began (the raise condition first held): part of its id. */
    long start() {
        return start;
    }

    void write(DataOutput out) throws IOException {
        out.writeBoolean(active);
        out.writeByte(severity.ordinal());
        out.writeLong(start);
        out.writeLong(conditionSince);
        out.writeLong(clearSince);
        out.writeDouble(reportedValue);
        out.writeLong(reportedAt);
    }

    static Episode read(DataInput in) throws IOException {
        Episode e = new Episode();
        e.active = in.readBoolean();
        int sev = in.readUnsignedByte();
        if (sev >= AlertSeverity.values().length) {
            throw new IOException("unknown alert severity " + sev);
        }
        e.severity = AlertSeverity.values()[sev];
        e.start = in.readLong();
        e.conditionSince = in.readLong();
        e.clearSince = in.readLong();
        e.reportedValue = in.readDouble();
        e.reportedAt = in.readLong();
        return e;
    }
}
