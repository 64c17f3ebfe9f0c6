package com.kcspeedshop.health.evaluation;

import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.fault.FaultType;

/**
 * Where in a trip a fault starts, chosen by a fixed rule, never per file: 40 % into the trip but at least 3 minutes
 * in (so the detectors have warmed up), then moved to the first moment the fault can show at all: the engine running;
 * for a stuck thermostat the engine warmed up (coolant &gt;= 80 degC); for a misfire the start of a stop of at least
 * 30 s with the engine running, because the misfire proxy is measured at idle. At least {@link #DETECTION_WINDOW_MS}
 * of trip must follow the onset, so that a detector has its full window to raise the fault.
 */
public final class FaultOnsets {

    /** A fault counts as detected when raised at most this long after its onset (2 minutes, the goal). */
    public static final long DETECTION_WINDOW_MS = 120_000;
    /** The injector seed of fault {@code f} is {@code SEED + f.ordinal()}, fixed so every evaluation injects alike. */
    public static final long SEED = 20_261_125L;
    static final long MIN_OFFSET_MS = 180_000;
    static final long MIN_STOP_MS = 30_000;

    /** An onset ({@code atMs}, epoch milliseconds), or why the trip cannot carry the fault ({@code reason}). */
    public record Choice(long atMs, String reason) {
        static Choice na(String reason) {
            return new Choice(0, reason);
        }

        public boolean applicable() {
            return reason == null;
        }
    }

    private FaultOnsets() {
    }

    /** The injector seed for {@code fault}: {@code SEED + fault.ordinal()}. */
    public static long seed(FaultType fault) {
        return SEED + fault.ordinal();
    }

    /** The onset of {@code fault} in {@code trip}, or why there is none. */
    public static Choice choose(FaultType fault, RecordedTrips.Trip trip) {
        long start = trip.startMs();
        long base = start + Math.max(MIN_OFFSET_MS, (long) (0.4 * (trip.endMs() - start)));
        if (base + DETECTION_WINDOW_MS > trip.endMs()) {
            return Choice.na("trip too short for an onset 3 min in plus 2 min to detect");
        }
        double rpm = Double.NaN;
        double speed = Double.NaN;
        double coolant = Double.NaN;
        long stopStart = Long.MIN_VALUE;
        for (ObdReading r : trip.readings()) {
            long t = r.capturedAt().toEpochMilli();
            switch (r.signal()) {
                case "ENGINE_RPM" -> rpm = r.value();
                case "VEHICLE_SPEED" -> speed = r.value();
                case "COOLANT_TEMP" -> coolant = r.value();
                default -> {
                }
            }
            boolean running = rpm > 300;
            boolean stopped = running && speed < 1;
            if (!stopped) {
                stopStart = Long.MIN_VALUE;
            } else if (stopStart == Long.MIN_VALUE) {
                stopStart = t;
            }
            if (t + DETECTION_WINDOW_MS > trip.endMs()) {
                break;
            }
            boolean ready = switch (fault) {
                case THERMOSTAT_STUCK_OPEN -> t >= base && running && coolant >= 80;
                // the stop must start after the 3-minute warm-up; onset = its start once it has lasted 30 s
                case MISFIRE -> stopStart != Long.MIN_VALUE && stopStart >= start + MIN_OFFSET_MS
                        && t - stopStart >= MIN_STOP_MS;
                default -> t >= base && running;
            };
            if (ready) {
                return new Choice(fault == FaultType.MISFIRE ? stopStart : t, null);
            }
        }
        return Choice.na(switch (fault) {
            case THERMOSTAT_STUCK_OPEN -> "engine never warm (coolant >= 80 degC) after the onset point";
            case MISFIRE -> "no stop of 30 s with the engine running after 3 min";
            default -> "engine not running after the onset point";
        });
    }
}
