package com.kcspeedshop.datasets.cmapss;

import java.util.Arrays;

/**
 * One row of a C-MAPSS file: one engine cycle of one unit.
 *
 * @param unit     engine unit number (column 1), from 1
 * @param cycle    time in cycles (column 2), from 1
 * @param settings the 3 operational settings (columns 3-5)
 * @param sensors  the 21 sensor measurements s1..s21 (columns 6-26); index 0 is s1
 */
public record CmapssCycle(int unit, int cycle, double[] settings, double[] sensors) {

    public static final int SETTINGS = 3;
    public static final int SENSORS = 21;
    /** Columns per row: unit, cycle, settings, sensors. */
    public static final int COLUMNS = 2 + SETTINGS + SENSORS;

    public CmapssCycle {
        if (settings.length != SETTINGS || sensors.length != SENSORS) {
            throw new IllegalArgumentException("need " + SETTINGS + " settings and " + SENSORS + " sensors");
        }
        settings = settings.clone();
        sensors = sensors.clone();
    }

    /** Sensor {@code n} in the paper's 1-based naming: {@code sensor(2)} is s2 (T24). */
    public double sensor(int n) {
        return sensors[n - 1];
    }

    @Override
    public double[] settings() {
        return settings.clone();
    }

    @Override
    public double[] sensors() {
        return sensors.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CmapssCycle c && c.unit == unit && c.cycle == cycle
                && Arrays.equals(c.settings, settings) && Arrays.equals(c.sensors, sensors);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * unit + cycle) + Arrays.hashCode(sensors);
    }

    @Override
    public String toString() {
        return "CmapssCycle[unit=" + unit + ", cycle=" + cycle + ", settings=" + Arrays.toString(settings)
                + ", sensors=" + Arrays.toString(sensors) + "]";
    }
}
