/**
 * Failure classification on AI4I 2020: one binary classifier per target (any machine failure, and each failure mode),
 * Tribuo XGBoost and Smile random forest, judged by stratified k-fold cross-validation at a cost-sensitive threshold.
 * Invariant: every reported figure is out-of-fold; folds and models are seeded.
 */
package com.kcspeedshop.training.failure;
