package com.kcspeedshop.training.failure;

import java.util.Map;

/** One model family for binary failure classification. */
public interface BinaryTrainer {

    /** Short name used in reports and file names: {@code xgboost}, {@code random-forest}. */
    String name();

    Map<String, Object> hyperparameters();

    ProbabilityModel fit(double[][] x, boolean[] y, long seed);

    /** The binary's file extension, such as {@code .tribuo}. */
    String extension();
}
