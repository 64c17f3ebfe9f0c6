package com.kcspeedshop.collector.elm327.session;

import java.time.Duration;

/**
 * The OBD request timeout, following observed latency: long enough for a slow ECU, short enough that a missed answer
 * does not stall polling for seconds. An exponentially weighted mean of latency, times a safety factor, clamped.
 */
final class AdaptiveTimeout {

    private static final double WEIGHT = 0.2;
    private static final double SAFETY_FACTOR = 4.0;
    private static final long MARGIN_NANOS = Duration.ofMillis(50).toNanos();

    private final long minNanos;
    private final long maxNanos;
    private double meanNanos;
    private boolean observed;
    private long currentNanos;

    AdaptiveTimeout(Duration initial, Duration min, Duration max) {
        this.minNanos = min.toNanos();
        this.maxNanos = max.toNanos();
        this.currentNanos = initial.toNanos();
    }

    Duration current() {
        return Duration.ofNanos(currentNanos);
    }

    void observe(Duration latency) {
        long nanos = latency.toNanos();
        meanNanos = observed ? meanNanos + WEIGHT * (nanos - meanNanos) : nanos;
        observed = true;
        currentNanos = clamp((long) (meanNanos * SAFETY_FACTOR) + MARGIN_NANOS);
    }

    /** A timeout may mean the ECU got slower: widen, so one slow answer is not lost over and over. */
    void timedOut() {
        currentNanos = clamp(currentNanos * 2);
        meanNanos = Math.max(meanNanos, currentNanos / SAFETY_FACTOR);
    }

    private long clamp(long nanos) {
        return Math.max(minNanos, Math.min(maxNanos, nanos));
    }
}
