package com.kcspeedshop.serving.scorer;

/**
 * A loaded model that turns feature rows into one number each (remaining useful life in cycles, or a failure
 * probability). Implementations are thread-safe and deterministic: the same row always gives the same number.
 */
public interface Scorer {

    ModelMetadata metadata();

    /**
     * One output per row, in order.
     *
     * @throws InvalidInputException when the batch is empty, a row has the wrong length, or a value is NaN or infinite
     */
    double[] predict(double[][] batch);

    /** One row. */
    default double predict(double[] row) {
        if (row == null) {
            throw new InvalidInputException(InvalidInputException.Reason.MISSING, "no feature row given");
        }
        return predict(new double[][] {row})[0];
    }
}
