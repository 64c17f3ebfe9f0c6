package com.kcspeedshop.training.failure;

import java.io.IOException;
import java.nio.file.Path;

/** A trained binary classifier that gives P(positive) per row. */
public interface ProbabilityModel {

    double[] probability(double[][] x);

    /** Writes the model binary to {@code file}. */
    void save(Path file) throws IOException;
}
