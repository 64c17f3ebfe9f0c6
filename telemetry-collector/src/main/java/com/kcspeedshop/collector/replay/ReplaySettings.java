package com.kcspeedshop.collector.replay;

import com.kcspeedshop.collector.sim.VinGenerator;
import com.kcspeedshop.events.Vin;

/**
 * How to replay one trip log.
 *
 * @param vin      the vehicle the readings belong to (17 ISO 3779 characters)
 * @param sourceId source id stamped on every reading, e.g. {@code replay-drive7}
 * @param speed    how many times faster than recorded; {@link #MAX_SPEED} for as fast as possible
 * @param keepTime true to stamp the recorded times; false to shift the trip so it starts now
 */
public record ReplaySettings(String vin, String sourceId, double speed, boolean keepTime) {

    /** Publish as fast as the publisher accepts readings. */
    public static final double MAX_SPEED = Double.POSITIVE_INFINITY;

    public ReplaySettings {
        if (!Vin.isWellFormed(vin)) {
            throw new IllegalArgumentException("VIN must be 17 characters of A-Z (no I, O, Q) and 0-9, got: " + vin);
        }
        if (sourceId == null || sourceId.isBlank()) {
            throw new IllegalArgumentException("source id must not be blank");
        }
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be above 0 (1 = as recorded) or max, got " + speed);
        }
    }

    /** Defaults for a log file: its {@link #vinFor derived VIN}, source {@code replay-<name>}, recorded speed. */
    public static ReplaySettings forLog(String logName) {
        return new ReplaySettings(vinFor(logName), "replay-" + logName, 1, false);
    }

    /** A valid VIN derived from the log's name alone, so replaying one file twice gives the same vehicle. */
    public static String vinFor(String logName) {
        return VinGenerator.vinFor(logName.hashCode(), 0); // String.hashCode is specified, hence stable
    }

    public ReplaySettings withVin(String newVin) {
        return new ReplaySettings(newVin, sourceId, speed, keepTime);
    }

    public ReplaySettings withSpeed(double newSpeed) {
        return new ReplaySettings(vin, sourceId, newSpeed, keepTime);
    }

    public ReplaySettings withKeepTime(boolean newKeepTime) {
        return new ReplaySettings(vin, sourceId, speed, newKeepTime);
    }

    /** Parses {@code --speed}: a positive factor such as {@code 1} or {@code 10}, or {@code max}. */
    public static double parseSpeed(String text) {
        if (text.strip().equalsIgnoreCase("max")) {
            return MAX_SPEED;
        }
        try {
            double speed = Double.parseDouble(text.strip());
            if (speed > 0 && Double.isFinite(speed)) {
                return speed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("speed must be a factor above 0 (1 = as recorded, 10 = ten times faster) "
                + "or max, got '" + text + "'");
    }
}
