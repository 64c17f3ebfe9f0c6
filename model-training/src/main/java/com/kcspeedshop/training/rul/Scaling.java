package com.kcspeedshop.training.rul;

import java.util.Arrays;
import java.util.Locale;

/**
 * How {@link RulPreprocessing} scales each kept sensor within its operating condition. Both are one affine map per
 * condition and sensor, (x − offset) / scale, so both save in the same two arrays of {@code preprocessing.json} and
 * every reader (evaluation, model-serving) applies them with the same code.
 */
public enum Scaling {

    /** offset = mean, scale = standard deviation, over the training cycles of that condition. */
    Z_SCORE("z-score"),

    /**
     * Min-max to [−1, 1]: offset = (max + min) / 2, scale = (max − min) / 2, over the training cycles of that
     * condition, as in Li, Ding and Sun 2018 (section 4.1.2) and most C-MAPSS CNN/LSTM papers after them. Test cycles
     * may fall slightly outside [−1, 1]; nothing clips them.
     */
    MIN_MAX("min-max");

    private final String label;

    Scaling(String label) {
        this.label = label;
    }

    /** The name on the command line, in {@code preprocessing.json} and in provenance. */
    public String label() {
        return label;
    }

    /** The scaling called {@code name}; a clear error listing the names otherwise. */
    public static Scaling fromLabel(String name) {
        for (Scaling s : values()) {
            if (s.label.equals(name.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("scaling must be one of "
                + Arrays.stream(values()).map(Scaling::label).toList() + ", was '" + name + "'");
    }
}
