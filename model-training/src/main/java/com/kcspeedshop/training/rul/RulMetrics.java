package com.kcspeedshop.training.rul;

/**
 * RMSE and the PHM08 challenge score over units. Score formula from the datasets README (Saxena et al. 2008):
 * s = Σ exp(−d/13) − 1 for d &lt; 0 and Σ exp(d/10) − 1 for d ≥ 0, d = predicted − true, so late predictions cost more.
 */
public record RulMetrics(int units, double rmse, double score) {

    public static RulMetrics of(double[] predicted, double[] truth) {
        if (predicted.length != truth.length || predicted.length == 0) {
            throw new IllegalArgumentException(
                    "need one prediction per true RUL: " + predicted.length + " predictions, " + truth.length + " truths");
        }
        double squares = 0;
        double score = 0;
        for (int i = 0; i < predicted.length; i++) {
            double d = predicted[i] - truth[i];
            squares += d * d;
            score += d < 0 ? Math.exp(-d / 13.0) - 1 : Math.exp(d / 10.0) - 1;
        }
        return new RulMetrics(predicted.length, Math.sqrt(squares / predicted.length), score);
    }

    /** The metrics of several disjoint sets as one set: RMSE over all of their items, scores summed. */
    public static RulMetrics pooled(java.util.List<RulMetrics> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to pool");
        }
        int n = 0;
        double squares = 0;
        double score = 0;
        for (RulMetrics m : parts) {
            n += m.units();
            squares += m.rmse() * m.rmse() * m.units();
            score += m.score();
        }
        return new RulMetrics(n, Math.sqrt(squares / n), score);
    }
}
