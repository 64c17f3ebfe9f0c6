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
 */
public record RulRecipe(int window, int rulCap, double validationShare, long seed, Scaling scaling) {

    public static final RulRecipe DEFAULT = new RulRecipe(30, 125, 0.2, 42L);

    /** The recipe with per-condition z-scores, the scaling of every artifact before min-max was added. */
    public RulRecipe(int window, int rulCap, double validationShare, long seed) {
        this(window, rulCap, validationShare, seed, Scaling.Z_SCORE);
    }

    public RulRecipe {
        java.util.Objects.requireNonNull(scaling, "scaling");
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
        return new RulRecipe(window, rulCap, validationShare, newSeed, scaling);
    }

    public RulRecipe withWindow(int newWindow) {
        return new RulRecipe(newWindow, rulCap, validationShare, seed, scaling);
    }

    public RulRecipe withScaling(Scaling newScaling) {
        return new RulRecipe(window, rulCap, validationShare, seed, newScaling);
    }
}
