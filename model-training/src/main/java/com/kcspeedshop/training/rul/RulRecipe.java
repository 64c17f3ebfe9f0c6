package com.kcspeedshop.training.rul;

/**
 * The hyperparameters shared by every RUL model, validated once.
 *
 * @param window          cycles per input window; 30 as in Li, Ding and Sun 2018 (CNN on C-MAPSS), short enough for the
 *                        shortest FD001 test unit (31 cycles). Shorter units are padded with their first cycle.
 * @param rulCap          piecewise-linear target: RUL above this is clipped, since early in life degradation is not
 *                        observable. 125 is the value most C-MAPSS papers use (Heimes 2008 used 130; Li et al. 125).
 * @param validationShare share of training units held out, by unit, for early stopping and the validation figure
 * @param seed            one seed for the split, the shuffles and the model initialisation
 * @param scaling         how each sensor is scaled within its operating condition ({@link Scaling})
 * @param trendSmoothing  0 = the sequence models see each sensor smoothed once; w in (0, 1) = each sensor also as a
 *                        second, slower causal smoothing with weight w on the newest cycle (the "trend" channels,
 *                        {@link SequenceWindows}), which carries the unit's history from before the window
 */
public record RulRecipe(int window, int rulCap, double validationShare, long seed, Scaling scaling,
        double trendSmoothing) {

    /**
     * Trend weight of the default recipe. The slow smoothing has a memory of about 1 / 0.03 ≈ 33 cycles, so a window
     * of 30 cycles also shows how far each sensor has drifted over the cycles before it. Of 0.015, 0.03 and 0.05 it
     * gave the CNN its lowest out-of-fold RMSE on FD001, and the features MLP did better with it than with 0.015 (see
     * the README's sixth round).
     */
    public static final double DEFAULT_TREND_SMOOTHING = 0.03;

    public static final RulRecipe DEFAULT = new RulRecipe(30, 125, 0.2, 42L, Scaling.Z_SCORE,
            DEFAULT_TREND_SMOOTHING);

    /**
     * The recipe with per-condition z-scores and no trend channels: the inputs of every artifact before either
     * existed.
     */
    public RulRecipe(int window, int rulCap, double validationShare, long seed) {
        this(window, rulCap, validationShare, seed, Scaling.Z_SCORE);
    }

    /** No trend channels. */
    public RulRecipe(int window, int rulCap, double validationShare, long seed, Scaling scaling) {
        this(window, rulCap, validationShare, seed, scaling, 0);
    }

    public RulRecipe {
        java.util.Objects.requireNonNull(scaling, "scaling");
        if (!(trendSmoothing >= 0 && trendSmoothing < 1)) {
            throw new IllegalArgumentException("trendSmoothing must be in [0, 1) (0 = no trend channels), was "
                    + trendSmoothing);
        }
        if (window < 2 || window > 200) {
            throw new IllegalArgumentException("window must be 2..200 cycles, was " + window);
        }
        if (rulCap < 1) {
            throw new IllegalArgumentException("rulCap must be >= 1, was " + rulCap);
        }
        if (!(validationShare > 0 && validationShare < 0.5)) {
            throw new IllegalArgumentException("validationShare must be in (0, 0.5), was " + validationShare);
        }
    }

    public RulRecipe withSeed(long newSeed) {
        return new RulRecipe(window, rulCap, validationShare, newSeed, scaling, trendSmoothing);
    }

    public RulRecipe withWindow(int newWindow) {
        return new RulRecipe(newWindow, rulCap, validationShare, seed, scaling, trendSmoothing);
    }

    public RulRecipe withScaling(Scaling newScaling) {
        return new RulRecipe(window, rulCap, validationShare, seed, newScaling, trendSmoothing);
    }

    public RulRecipe withTrendSmoothing(double newTrendSmoothing) {
        return new RulRecipe(window, rulCap, validationShare, seed, scaling, newTrendSmoothing);
    }
}
