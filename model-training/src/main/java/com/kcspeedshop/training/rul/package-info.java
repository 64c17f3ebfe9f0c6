/**
 * Remaining useful life on C-MAPSS. {@link com.kcspeedshop.training.rul.RulPreprocessing} is fitted on training units
 * only (operating conditions, informative sensors, per-condition z-scores); two trainers then learn capped RUL from
 * windows: {@link com.kcspeedshop.training.rul.TreeRulTrainer} (Tribuo XGBoost) and
 * {@link com.kcspeedshop.training.rul.ConvRulTrainer} (DL4J networks over the same window tensor: a 1-D CNN, or a dense
 * net on window statistics computed by {@link com.kcspeedshop.training.rul.WindowStatistics}), whose architectures
 * {@link com.kcspeedshop.training.rul.MixedEnsemble} can mix per fold. Invariants: validation is split by engine unit; every
 * random choice comes from the recipe's seed; a saved model carries its preprocessing.
 */
package com.kcspeedshop.training.rul;
