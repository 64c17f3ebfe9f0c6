package com.kcspeedshop.training.rul;

/** Where a trainer reports how far it is; the CLI draws a bar from it, tests pass {@link #NONE}. */
@FunctionalInterface
public interface TrainingProgress {

    TrainingProgress NONE = (done, total, note) -> { };

    /**
     * @param done  steps finished
     * @param total steps planned (an upper bound where training may stop early)
     * @param note  a short status such as the current validation RMSE
     */
    void update(int done, int total, String note);
}
