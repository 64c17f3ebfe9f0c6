package com.kcspeedshop.serving.scorer;

/** The one check every scorer runs before its model sees a batch. */
final class Inputs {

    private Inputs() {
    }

    static void validate(double[][] batch, ModelMetadata meta) {
        validate(batch, meta, false);
    }

    /**
     * @param nanIsUnknown true for models whose inputs are FeatureVector-shaped, where NaN means "unknown" and the model
     *                     imputes it; infinities are refused either way
     */
    static void validate(double[][] batch, ModelMetadata meta, boolean nanIsUnknown) {
        if (batch == null || batch.length == 0) {
            throw new InvalidInputException(InvalidInputException.Reason.MISSING, "no feature rows given");
        }
        int expected = meta.featureCount();
        for (int i = 0; i < batch.length; i++) {
            double[] row = batch[i];
            if (row == null) {
                throw new InvalidInputException(InvalidInputException.Reason.MISSING, "row " + i + " is missing");
            }
            if (row.length != expected) {
                throw new InvalidInputException(InvalidInputException.Reason.FEATURE_COUNT, "row " + i + " has "
                        + row.length + " features, model " + meta.name() + " (" + meta.id() + ") expects " + expected
                        + ": " + meta.featureNames());
            }
            for (int j = 0; j < row.length; j++) {
                if (!Double.isFinite(row[j]) && !(nanIsUnknown && Double.isNaN(row[j]))) {
                    throw new InvalidInputException(InvalidInputException.Reason.NOT_FINITE, "row " + i
                            + " feature " + j + " (" + meta.featureNames().get(j) + ") is " + row[j]
                            + "; every feature must be a finite number");
                }
            }
        }
    }
}
