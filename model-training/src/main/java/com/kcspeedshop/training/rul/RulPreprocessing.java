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
 * @param mean       [condition][kept sensor] offset subtracted: the mean for z-scores, the mid-range for min-max
 * @param std        [condition][kept sensor] divisor: the standard deviation for z-scores, half the range for min-max
 *                   (1 where the sensor is constant in that condition). The JSON names stay {@code mean} and
 *                   {@code std} so artifacts saved before min-max existed load unchanged.
 * @param scaling    {@link Scaling#label()} of how mean and std were fitted; absent (null) in artifacts saved before it
 *                   existed, which are z-scores
 * @param trendSmoothing {@link RulRecipe#trendSmoothing()}: 0 = no trend channels; absent (0) in artifacts saved
 *                   before it existed
 */
public record RulPreprocessing(int window, int rulCap, double[][] conditions, int[] sensors, double[][] mean,
        double[][] std, String scaling, double trendSmoothing) {

    public RulPreprocessing {
        // artifacts written before min-max existed have no "scaling" key: they are z-scores
        scaling = Scaling.fromLabel(scaling == null ? Scaling.Z_SCORE.label() : scaling).label();
        if (!(trendSmoothing >= 0 && trendSmoothing < 1)) {
            throw new IllegalArgumentException("trendSmoothing must be in [0, 1), was " + trendSmoothing);
        }
    }

    /**
     * A sensor that takes at most this many distinct values within every condition carries no degradation signal: in
     * FD001 that drops s1, s5, s6, s10, s16, s18, s19 and keeps the 14 sensors most papers keep.
     */
    static final int CONSTANT_DISTINCT_VALUES = 2;

    /** Fits conditions, sensor choice and the per-condition scaling of the recipe on {@code train} only. */
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
        double[][] mean = new double[k][sensors.length];
        double[][] std = new double[k][sensors.length];
        if (recipe.scaling() == Scaling.MIN_MAX) {
            fitMinMax(train, conditions, sensors, mean, std);
        } else {
            fitZScore(train, conditions, sensors, mean, std);
        }
        return new RulPreprocessing(recipe.window(), recipe.rulCap(), conditions, sensors, mean, std,
                recipe.scaling().label(), recipe.trendSmoothing());
    }

    private static void fitZScore(List<EngineUnit> train, double[][] conditions, int[] sensors, double[][] mean,
            double[][] std) {
        int k = conditions.length;
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
        for (int cond = 0; cond < k; cond++) {
            for (int j = 0; j < sensors.length; j++) {
                mean[cond][j] = sum[cond][j] / count[cond];
                double variance = sumSq[cond][j] / count[cond] - mean[cond][j] * mean[cond][j];
                std[cond][j] = variance > 1e-12 ? Math.sqrt(variance) : 1.0;
            }
        }
    }

    /** Offset = mid-range, scale = half the range: the training cycles of each condition map onto [-1, 1]. */
    private static void fitMinMax(List<EngineUnit> train, double[][] conditions, int[] sensors, double[][] mid,
            double[][] half) {
        int k = conditions.length;
        double[][] min = new double[k][sensors.length];
        double[][] max = new double[k][sensors.length];
        for (double[] row : min) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (double[] row : max) {
            java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        for (EngineUnit u : train) {
            for (CmapssCycle c : u.cycles()) {
                int cond = OperatingConditions.nearest(conditions, c.settings());
                for (int j = 0; j < sensors.length; j++) {
                    double v = c.sensor(sensors[j]);
                    min[cond][j] = Math.min(min[cond][j], v);
                    max[cond][j] = Math.max(max[cond][j], v);
                }
            }
        }
        for (int cond = 0; cond < k; cond++) {
            for (int j = 0; j < sensors.length; j++) {
                // a condition with no training cycle keeps offset 0 and scale 1, as z-scores do for a constant sensor
                boolean seen = min[cond][j] <= max[cond][j];
                mid[cond][j] = seen ? (max[cond][j] + min[cond][j]) / 2 : 0;
                double range = seen ? max[cond][j] - min[cond][j] : 0;
                half[cond][j] = range > 1e-12 ? range / 2 : 1.0;
            }
        }
    }

    /** The unit's kept sensors, scaled within each cycle's condition ({@link #scaling}): [cycle][sensor]. */
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
     * What the sequence (DL4J) model sees before windowing, per cycle: the normalised sensors after the causal
     * smoothing of training, then (with {@link #trendSmoothing}) the same sensors after the slower trend smoothing.
     * Public so a scorer outside this package builds exactly the training input, whatever the recipe.
     */
    public double[][] sequenceInput(EngineUnit unit) {
        return SequenceWindows.channels(normalise(unit), trendSmoothing);
    }

    /** Channels per row of a sequence window: {@link #sequenceInput}'s columns, then the cycle number. */
    public int sequenceChannels() {
        return sensors.length * (trendSmoothing > 0 ? 2 : 1) + 1;
    }

    /** Training label of cycle {@code index}: cycles left, clipped at the cap. */
    public double label(EngineUnit unit, int index) {
        return Math.min(unit.rulAt(index), rulCap);
    }

    public int featureCount() {
        return sensors.length;
    }
}
