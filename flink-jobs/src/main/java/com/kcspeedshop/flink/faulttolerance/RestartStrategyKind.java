package com.kcspeedshop.flink.faulttolerance;

/** What Flink does when a task fails. */
public enum RestartStrategyKind {
    /** Fail the job on the first task failure. */
    NONE("disable"),
    /** Restart after a fixed delay, up to a number of attempts. */
    FIXED_DELAY("fixed-delay"),
    /** Restart with a delay that doubles from the initial delay up to 1 min; Flink's default with checkpointing. */
    EXPONENTIAL_DELAY("exponential-delay");

    private final String flinkName;

    RestartStrategyKind(String flinkName) {
        this.flinkName = flinkName;
    }

    /** The value of Flink's {@code restart-strategy.type}. */
    public String flinkName() {
        return flinkName;
    }
}
