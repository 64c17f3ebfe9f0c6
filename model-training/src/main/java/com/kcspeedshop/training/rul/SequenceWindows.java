package com.kcspeedshop.training.rul;

import com.kcspeedshop.datasets.cmapss.EngineUnit;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Windows as DL4J image tensors in NCHW layout: [window count, 1 channel, window cycles, kept sensors], so a k×1 kernel
 * convolves each sensor along time (Li, Ding and Sun 2018). Labels are capped RUL divided by the cap, so the output
 * learns values in [0, 1]. A unit shorter than the window is padded at the front with its first cycle.
 *
 * <p>Besides the kept sensors each row carries its cycle number / {@value #CYCLE_SCALE}: how long the engine has run is
 * known at prediction time and bounds the life left (the tree model's {@code cycle} feature, which lowered its
 * validation RMSE the most). Without it the network's validation RMSE stalled near 16.5.
 *
 * <p>With a recipe's {@link RulRecipe#trendSmoothing()} the row holds each kept sensor twice, smoothed as below and then
 * more slowly ({@link #channels}), before the cycle number.
 */
final class SequenceWindows {

    /**
     * Weight of the newest cycle in the causal exponential smoothing applied to each sensor before windowing. C-MAPSS
     * sensors carry measurement noise as large as a third of their whole degradation trend; the tree model sees
     * window means and slopes, the network saw raw values and overfit the noise.
     */
    static final double SMOOTHING = 0.1;

    /** Cycle numbers are divided by this so the channel is of the same order as the z-scored sensors. */
    static final double CYCLE_SCALE = 200.0;

    private SequenceWindows() {
    }

    /** Every full-or-padded window of every unit, ending at each cycle from {@code window - 1} on (all if shorter). */
    static DataSet all(List<EngineUnit> units, RulPreprocessing prep) {
        List<double[][]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (EngineUnit unit : units) {
            double[][] x = prep.sequenceInput(unit);
            int first = Math.min(prep.window() - 1, x.length - 1);
            for (int end = first; end < x.length; end++) {
                xs.add(window(x, end, prep.window()));
                ys.add(prep.label(unit, end) / prep.rulCap());
            }
        }
        return toDataSet(xs, ys, prep);
    }

    /** The window ending at each unit's last cycle, for prediction. */
    static INDArray last(List<EngineUnit> units, RulPreprocessing prep) {
        List<double[][]> xs = new ArrayList<>();
        for (EngineUnit unit : units) {
            double[][] x = prep.sequenceInput(unit);
            xs.add(window(x, x.length - 1, prep.window()));
        }
        return tensor(xs, prep);
    }

    /**
     * The sequence input of normalised sensors {@code x} [cycle][sensor]: the sensors smoothed ({@link #smooth}) with
     * weight {@value #SMOOTHING} on the newest cycle, then, if {@code trendSmoothing} &gt; 0, a second copy smoothed
     * with that (smaller) weight. The slow copy keeps a memory of the unit's earlier cycles, which the window alone
     * cuts off: the window statistics of a trend channel say how far the sensor has drifted over a longer stretch than
     * the window. {@code x} is left unchanged.
     */
    static double[][] channels(double[][] x, double trendSmoothing) {
        int sensors = x.length == 0 ? 0 : x[0].length;
        int copies = trendSmoothing > 0 ? 2 : 1;
        double[][] out = new double[x.length][copies * sensors];
        for (int t = 0; t < x.length; t++) {
            for (int c = 0; c < copies; c++) {
                System.arraycopy(x[t], 0, out[t], c * sensors, sensors);
            }
        }
        smooth(out, 0, sensors, SMOOTHING);
        if (copies == 2) {
            smooth(out, sensors, 2 * sensors, trendSmoothing);
        }
        return out;
    }

    /**
     * Exponential smoothing of columns {@code from} … {@code to − 1} in place, weight {@code newest} on the newest
     * cycle. Causal: row t depends on rows 0..t only, so a prediction never looks ahead.
     */
    private static void smooth(double[][] x, int from, int to, double newest) {
        for (int t = 1; t < x.length; t++) {
            for (int j = from; j < to; j++) {
                x[t][j] = newest * x[t][j] + (1 - newest) * x[t - 1][j];
            }
        }
    }

    /** [time][sensors…, cycle] rows of the window ending at {@code end}. */
    private static double[][] window(double[][] x, int end, int window) {
        double[][] w = new double[window][];
        for (int t = 0; t < window; t++) {
            int index = Math.max(0, end - window + 1 + t);
            w[t] = java.util.Arrays.copyOf(x[index], x[index].length + 1);
            w[t][x[index].length] = (index + 1) / CYCLE_SCALE;
        }
        return w;
    }

    /** Channels per row: the kept sensors (and their trend channels) and the cycle number. */
    static int channels(RulPreprocessing prep) {
        return prep.sequenceChannels();
    }

    private static DataSet toDataSet(List<double[][]> xs, List<Double> ys, RulPreprocessing prep) {
        INDArray labels = Nd4j.create(ys.stream().mapToDouble(Double::doubleValue).toArray(), ys.size(), 1)
                .castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
        return new DataSet(tensor(xs, prep), labels);
    }

    private static INDArray tensor(List<double[][]> xs, RulPreprocessing prep) {
        int sensors = channels(prep);
        int window = prep.window();
        float[] flat = new float[xs.size() * sensors * window];
        int i = 0;
        for (double[][] w : xs) {
            for (int t = 0; t < window; t++) {
                for (int j = 0; j < sensors; j++) {
                    flat[i++] = (float) w[t][j];
                }
            }
        }
        return Nd4j.create(flat, new long[] {xs.size(), 1, window, sensors}, 'c');
    }
}
