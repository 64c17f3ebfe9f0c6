package com.kcspeedshop.training.testdata;

import com.kcspeedshop.datasets.cmapss.CmapssCycle;
import com.kcspeedshop.datasets.cmapss.EngineUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * C-MAPSS-shaped data with a known answer: sensor s2 rises linearly as the engine wears (s2 = 600 + 0.5 × min(RUL,
 * cap) reversed), s3 is its noisy twin, the other sensors are constant. A model that learned anything must read RUL off
 * s2; one that learned nothing cannot beat predicting the mean.
 */
public final class SyntheticCmapss {

    public static final int CAP = 40;

    private SyntheticCmapss() {
    }

    /** Run-to-failure units of length 50..89 cycles; {@code conditions} > 1 spreads cycles over flight conditions. */
    public static List<EngineUnit> units(int count, long seed, int conditions) {
        Random random = new Random(seed);
        List<EngineUnit> units = new ArrayList<>();
        for (int u = 1; u <= count; u++) {
            int length = 50 + random.nextInt(40);
            List<CmapssCycle> cycles = new ArrayList<>();
            for (int c = 1; c <= length; c++) {
                int condition = conditions > 1 ? random.nextInt(conditions) : 0;
                cycles.add(cycle(u, c, length - c, condition, random));
            }
            units.add(new EngineUnit(u, cycles));
        }
        return units;
    }

    /** The same units cut at a random point (at least 35 cycles kept); {@code truth[i]} is unit i's RUL at the cut. */
    public static List<EngineUnit> truncate(List<EngineUnit> units, long seed, int[] truth) {
        Random random = new Random(seed);
        List<EngineUnit> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            EngineUnit u = units.get(i);
            int keep = 35 + random.nextInt(u.length() - 35);
            truth[i] = u.length() - keep;
            out.add(new EngineUnit(u.unit(), u.cycles().subList(0, keep)));
        }
        return out;
    }

    private static CmapssCycle cycle(int unit, int c, int rul, int condition, Random random) {
        double[] settings = {10.0 * condition + random.nextGaussian() * 0.002, 0.1 * condition, 100.0};
        double offset = 50.0 * condition; // a condition shifts every sensor, as altitude does in FD002
        double wear = CAP - Math.min(rul, CAP);
        double[] sensors = new double[CmapssCycle.SENSORS];
        for (int s = 0; s < sensors.length; s++) {
            sensors[s] = 500 + s + offset;
        }
        sensors[1] = 600 + offset + 0.5 * wear + random.nextGaussian() * 0.05;
        sensors[2] = 1500 + offset + 0.5 * wear + random.nextGaussian() * 0.5;
        return new CmapssCycle(unit, c, settings, sensors);
    }

    /** Writes units in the files' own format: single spaces, two trailing spaces. */
    public static void write(List<EngineUnit> units, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        for (EngineUnit u : units) {
            for (CmapssCycle c : u.cycles()) {
                b.append(c.unit()).append(' ').append(c.cycle());
                for (double v : c.settings()) {
                    b.append(' ').append(String.format(Locale.ROOT, "%.4f", v));
                }
                for (double v : c.sensors()) {
                    b.append(' ').append(String.format(Locale.ROOT, "%.4f", v));
                }
                b.append("  \n");
            }
        }
        Files.writeString(file, b);
    }

    public static void writeTruth(int[] truth, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int t : truth) {
            b.append(t).append(" \n");
        }
        Files.writeString(file, b);
    }
}
