package com.kcspeedshop.collector.bench;

import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long JMH warms up and measures each benchmark. FULL gives JIT time to settle and 5 samples for an error bar
 * (about 40 s for the four decode benchmarks); QUICK (about 10 s) is for checking that the bench runs at all, and its
 * error bars are wide.
 */
enum RunLength {
    FULL(3, TimeValue.seconds(1), 5, TimeValue.seconds(1)),
    QUICK(1, TimeValue.milliseconds(500), 3, TimeValue.milliseconds(500));

    final int warmupIterations;
    final TimeValue warmupTime;
    final int measurementIterations;
    final TimeValue measurementTime;

    RunLength(int warmupIterations, TimeValue warmupTime, int measurementIterations, TimeValue measurementTime) {
        this.warmupIterations = warmupIterations;
        this.warmupTime = warmupTime;
        this.measurementIterations = measurementIterations;
        this.measurementTime = measurementTime;
    }
}
