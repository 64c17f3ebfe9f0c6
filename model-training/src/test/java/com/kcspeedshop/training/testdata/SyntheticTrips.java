package com.kcspeedshop.training.testdata;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Plausible carOBD-format trip logs (the Toyota Etios layout the datasets reader knows), so the anomaly commands can be
 * exercised end to end without the real trips: two rows per second, an engine that warms up, idles for a minute from
 * minute 4 (so the misfire fault has its stop), and otherwise drives in slow waves.
 */
public final class SyntheticTrips {

    private static final String HEADER = "ENGINE_RUN_TINE (),ENGINE_RPM (),VEHICLE_SPEED (),THROTTLE (),ENGINE_LOAD (),"
            + "COOLANT_TEMPERATURE (),LONG_TERM_FUEL_TRIM_BANK_1 (),SHORT_TERM_FUEL_TRIM_BANK_1 (),"
            + "INTAKE_MANIFOLD_PRESSURE (),FUEL_TANK (),ABSOLUTE_THROTTLE_B (),PEDAL_D (),PEDAL_E (),"
            + "COMMANDED_THROTTLE_ACTUATOR (),FUEL_AIR_COMMANDED_EQUIV_RATIO (),ABSOLUTE_BAROMETRIC_PRESSURE (),"
            + "RELATIVE_THROTTLE_POSITION (),INTAKE_AIR_TEMP (),TIMING_ADVANCE (),CATALYST_TEMPERATURE_BANK1_SENSOR1 (),"
            + "CATALYST_TEMPERATURE_BANK1_SENSOR2 (),CONTROL_MODULE_VOLTAGE (),COMMANDED_EVAPORATIVE_PURGE (),"
            + "TIME_RUN_WITH_MIL_ON (),TIME_SINCE_TROUBLE_CODES_CLEARED (),DISTANCE_TRAVELED_WITH_MIL_ON (),"
            + "WARM_UPS_SINCE_CODES_CLEARED ()";

    private SyntheticTrips() {
    }

    /** Writes {@code trips} logs of {@code minutes} each into {@code dir}/synthetic/, seeded. */
    public static void write(Path dir, int trips, int minutes, long seed) throws IOException {
        Path folder = dir.resolve("synthetic");
        Files.createDirectories(folder);
        Random random = new Random(seed);
        for (int trip = 0; trip < trips; trip++) {
            try (Writer w = Files.newBufferedWriter(folder.resolve(String.format("drive%02d.csv", trip)))) {
                w.write(HEADER + "\n");
                int rows = minutes * 120;
                for (int row = 0; row < rows; row++) {
                    double t = row / 2.0;
                    boolean idle = t >= 240 && t < 300;
                    double wave = 0.5 + 0.5 * Math.sin(t / (40.0 + 5 * trip));
                    double rpm = idle ? 780 + 20 * random.nextGaussian() : 900 + 1800 * wave
                            + 30 * random.nextGaussian();
                    double speed = idle ? 0 : Math.max(2, (rpm - 800) / 25);
                    double load = 20 + 40 * (idle ? 0 : wave) + 2 * random.nextGaussian();
                    double coolant = Math.min(88 + random.nextGaussian() * 0.3, 30 + t / 3);
                    double[] v = {Math.floor(t), rpm, speed, 15 + 30 * (idle ? 0 : wave), load, coolant,
                        -2 + 0.5 * random.nextGaussian(), 1.5 * random.nextGaussian(), 35 + 50 * (idle ? 0 : wave),
                        60 - t / 600, 16 + 30 * wave, 15, 30, 12, 0, 100, 10 * wave, 30 + random.nextGaussian(),
                        10 + 5 * random.nextGaussian(), 400 + 100 * wave, 300 + 80 * wave,
                        14.1 + 0.05 * random.nextGaussian(), 0, 0, 7500, 0, 255};
                    StringBuilder line = new StringBuilder();
                    for (double x : v) {
                        line.append(String.format(Locale.ROOT, "%.6f, ", x));
                    }
                    w.write(line.toString().stripTrailing() + "\n");
                }
            }
        }
    }
}
