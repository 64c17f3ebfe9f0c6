package com.kcspeedshop.serving.scorer;

import com.kcspeedshop.datasets.cmapss.EngineUnit;
import com.kcspeedshop.training.rul.RulPreprocessing;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the feature row a RUL scorer takes from a C-MAPSS engine unit, for clients that hold raw cycles (the
 * {@code evaluate}-style callers and the tests). The inputs come from model-training's own preprocessing
 * ({@link RulPreprocessing#treeInput}, {@link RulPreprocessing#sequenceInput}), so a change of recipe there cannot drift
 * from what is served; only the sequence window's flattening and the feature names are laid out here, and the
 * golden-artifact test proves they agree with the predictions saved at training.
 */
public final class RulRows {

    /** model-training's {@code SequenceWindows.CYCLE_SCALE}. */
    static final double CYCLE_SCALE = 200.0;

    private RulRows() {
    }

    /** Tree features of the window ending at the unit's last cycle, built by model-training's own code. */
    public static double[] treeRow(RulPreprocessing prep, EngineUnit unit) {
        return prep.treeInput(unit);
    }

    /**
     * The window ending at the unit's last cycle, flattened time-major: per cycle the kept sensors (then, if the recipe
     * has them, their trend channels), then cycle/200.
     */
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
            if (prep.trendSmoothing() > 0) {
                for (int sensor : prep.sensors()) {
                    names.add("t" + t + ".s" + sensor + ".trend");
                }
            }
            names.add("t" + t + ".cycle");
        }
        return names;
    }

    static int channels(RulPreprocessing prep) {
        return prep.sequenceChannels();
    }
}
