package com.kcspeedshop.training.rul;

import com.kcspeedshop.datasets.cmapss.CmapssCycle;
import com.kcspeedshop.datasets.cmapss.EngineUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a RUL model learned from its training units before the model itself: the operating conditions, the informative
 * sensors and each sensor's mean and standard deviation per condition. Saved next to the model (as JSON) so evaluation
 * and serving transform data exactly as training did.
 *
 * @param window     cycles per window
 * @param rulCap     piecewise-linear RUL cap
 * @param conditions centre of each operating condition in settings space
 * @param sensors    1-based sensor numbers kept (s2, s3, …)
 * @param mean       [condition][kept sensor] mean
 * @param std        [condition][kept sensor] standard deviation (1 where the sensor is constant in that condition)
 */
public record RulPreprocessing(int window, int rulCap, double[][] conditions, int[] sensors, double[][] mean,
        double[][] std) {

    /**
     * A sensor that takes at most this many distinct values within every condition carries no degradation signal: in
     * FD001 that drops s1, s5, s6, s10, s16, s18, s19 and keeps the 14 sensors most papers keep.
     */
    static final int CONSTANT_DISTINCT_VALUES = 2;

    /** Fits conditions, sensor choice and per-condition z-scores on {@code train} only. */
    public static RulPreprocessing fit(List<EngineUnit> train, RulRecipe recipe) {
        double[][] conditions = OperatingConditions.fit(train);
        int k = conditions.length;
        List<Set<Double>> distinct = new ArrayList<>();
        for (int i = 0; i < k * CmapssCycle.SENSORS; i++) {
            distinct.add(new HashSet<>());
        }
        for (EngineUnit u : train) {
            for (CmapssCycle c : u.cycles()) {
                int cond = OperatingConditions.nearest(conditions, c.settings());
                double[] s = c.sensors();
                for (int i = 0; i < s.length; i++) {
                    Set<Double> seen = distinct.get(cond * CmapssCycle.SENSORS + i);
                    if (seen.size() <= CONSTANT_DISTINCT_VALUES) {
                        seen.add(s[i]);
                    }
                }
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < CmapssCycle.SENSORS; i++) {
            for (int cond = 0; cond < k; cond++) {
                if (distinct.get(cond * CmapssCycle.SENSORS + i).size() > CONSTANT_DISTINCT_VALUES) {
                    kept.add(i + 1);
                    break;
                }
            }
        }
        int[] sensors = kept.stream().mapToInt(Integer::intValue).toArray();
        double[][] sum = new double[k][sensors.length];
        double[][] sumSq = new double[k][sensors.length];
        long[] count = new long[k];
        for (EngineUnit u : train) {
            for (CmapssCycle c : u.cycles()) {
                int cond = OperatingConditions.nearest(conditions, c.settings());
                count[cond]++;
                for (int j = 0; j < sensors.length; j++) {
                    double v = c.sensor(sensors[j]);
                    sum[cond][j] += v;
                    sumSq[cond][j] += v * v;
                }
            }
        }
        double[][] mean = new double[k][sensors.length];
        double[][] std = new double[k][sensors.length];
        for (int cond = 0; cond < k; cond++) {
            for (int j = 0; j < sensors.length; j++) {
                mean[cond][j] = sum[cond][j] / count[cond];
                double variance = sumSq[cond][j] / count[cond] - mean[cond][j] * mean[cond][j];
                std[cond][j] = variance > 1e-12 ? Math.sqrt(variance) : 1.0;
            }
        }
        return new RulPreprocessing(recipe.window(), recipe.rulCap(), conditions, sensors, mean, std);
    }

    /** The unit's kept sensors, z-scored within each cycle's condition: [cycle][sensor]. */
    public double[][] normalise(EngineUnit unit) {
        double[][] out = new double[unit.length()][sensors.length];
        for (int t = 0; t < unit.length(); t++) {
            CmapssCycle c = unit.cycles().get(t);
            int cond = OperatingConditions.nearest(conditions, c.settings());
            for (int j = 0; j < sensors.length; j++) {
                out[t][j] = (c.sensor(sensors[j]) - mean[cond][j]) / std[cond][j];
            }
        }
        return out;
    }

    /**
     * What the tree model sees for the window ending at the unit's last cycle: per kept sensor its mean, recent mean,
     * slope and spread, then the cycle number. Public so a scorer builds exactly the training input.
     */
    public double[] treeInput(EngineUnit unit) {
        double[][] x = normalise(unit);
        return WindowFeatures.of(x, x.length - 1, window);
    }

    /**
     * What the sequence (DL4J) model sees before windowing: the normalised sensors after the causal smoothing of
     * training. Public so a scorer outside this package builds exactly the training input, whatever the recipe.
     */
    public double[][] sequenceInput(EngineUnit unit) {
        return SequenceWindows.smooth(normalise(unit));
    }

    /** Training label of cycle {@code index}: cycles left, clipped at the cap. */
    public double label(EngineUnit unit, int index) {
        return Math.min(unit.rulAt(index), rulCap);
    }

    public int featureCount() {
        return sensors.length;
    }
}
