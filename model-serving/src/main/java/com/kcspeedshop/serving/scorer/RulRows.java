package com.kcspeedshop.serving.scorer;

import com.kcspeedshop.datasets.cmapss.EngineUnit;
import com.kcspeedshop.training.rul.RulPreprocessing;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the feature row a RUL scorer takes from a C-MAPSS engine unit, for clients that hold raw cycles (the
 * {@code evaluate}-style callers and the tests). Repeats model-training's package-private {@code WindowFeatures} and
 * {@code SequenceWindows} layouts; the golden-artifact test proves both agree with the predictions saved at training.
 */
public final class RulRows {

    /** model-training's {@code SequenceWindows.CYCLE_SCALE}. */
    static final double CYCLE_SCALE = 200.0;
    private static final int RECENT = 5;

    private RulRows() {
    }

    /** Tree features of the window ending at the unit's last cycle. */
    public static double[] treeRow(RulPreprocessing prep, EngineUnit unit) {
        double[][] x = prep.normalise(unit);
        int end = x.length - 1;
        int window = prep.window();
        int sensors = x[0].length;
        double[] out = new double[sensors * 4 + 1];
        double meanT = (window - 1) / 2.0;
        double varT = 0;
        for (int t = 0; t < window; t++) {
            varT += (t - meanT) * (t - meanT);
        }
        for (int j = 0; j < sensors; j++) {
            double sum = 0;
            double recent = 0;
            for (int t = 0; t < window; t++) {
                double v = x[Math.max(0, end - window + 1 + t)][j];
                sum += v;
                if (t >= window - RECENT) {
                    recent += v;
                }
            }
            double mean = sum / window;
            double cov = 0;
            double var = 0;
            for (int t = 0; t < window; t++) {
                double v = x[Math.max(0, end - window + 1 + t)][j];
                cov += (t - meanT) * (v - mean);
                var += (v - mean) * (v - mean);
            }
            out[j * 4] = mean;
            out[j * 4 + 1] = recent / RECENT;
            out[j * 4 + 2] = cov / varT;
            out[j * 4 + 3] = Math.sqrt(var / window);
        }
        out[sensors * 4] = end + 1;
        return out;
    }

    /** The window ending at the unit's last cycle, flattened time-major: per cycle the kept sensors, then cycle/200. */
    public static double[] sequenceRow(RulPreprocessing prep, EngineUnit unit) {
        // model-training's own input (normalised, then smoothed as in training): one place to change the recipe
        double[][] x = prep.sequenceInput(unit);
        int end = x.length - 1;
        int window = prep.window();
        int channels = channels(prep);
        double[] out = new double[window * channels];
        for (int t = 0; t < window; t++) {
            int index = Math.max(0, end - window + 1 + t);
            System.arraycopy(x[index], 0, out, t * channels, x[index].length);
            out[t * channels + channels - 1] = (index + 1) / CYCLE_SCALE;
        }
        return out;
    }

    static List<String> treeNames(RulPreprocessing prep) {
        List<String> names = new ArrayList<>();
        for (int sensor : prep.sensors()) {
            names.add("s" + sensor + ".mean");
            names.add("s" + sensor + ".recent");
            names.add("s" + sensor + ".slope");
            names.add("s" + sensor + ".std");
        }
        names.add("cycle");
        return names;
    }

    static List<String> sequenceNames(RulPreprocessing prep) {
        List<String> names = new ArrayList<>();
        for (int t = 0; t < prep.window(); t++) {
            for (int sensor : prep.sensors()) {
                names.add("t" + t + ".s" + sensor);
            }
            names.add("t" + t + ".cycle");
        }
        return names;
    }

    static int channels(RulPreprocessing prep) {
        return prep.featureCount() + 1;
    }
}
