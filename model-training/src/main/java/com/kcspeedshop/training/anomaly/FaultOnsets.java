package com.kcspeedshop.training.anomaly;

import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.fault.FaultType;

/**
 * Where in a trip a fault starts: the rule of vehicle-health's {@code TripEvaluation} (its test class {@code Onsets};
 * keep the two in step so the model figures compare with the engine's). 40 % into the trip but at least 3 minutes in,
 * then moved to the first moment the fault can show: engine running; for a stuck thermostat warmed up (coolant
 * &gt;= 80 degC); for a misfire the start of a stop of at least 30 s with the engine running. At least 2 minutes of
 * trip must follow the onset.
 */
public final class FaultOnsets {

    /** The injector seed of fault {@code f} is {@code SEED + f.ordinal()}, as in TripEvaluation. */
    public static final long SEED = 20_261_125L;
    static final long MIN_OFFSET_MS = 180_000;
    static final long FOLLOW_MS = 120_000;
    static final long MIN_STOP_MS = 30_000;

    /** An onset, or why the trip cannot carry the fault. */
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

    public static Choice choose(FaultType fault, ObdTrips.Trip trip) {
        long start = trip.startMs();
        long base = start + Math.max(MIN_OFFSET_MS, (long) (0.4 * (trip.endMs() - start)));
        if (base + FOLLOW_MS > trip.endMs()) {
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
            if (t + FOLLOW_MS > trip.endMs()) {
                break;
            }
            boolean ready = switch (fault) {
                case THERMOSTAT_STUCK_OPEN -> t >= base && running && coolant >= 80;
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
