package com.kcspeedshop.flink.windows;

import com.kcspeedshop.events.ObdReading;
import org.apache.flink.api.common.functions.AggregateFunction;

/**
 * Folds readings into {@link SignalStats} one at a time, so a window holds a fixed-size accumulator instead of every
 * reading. Mutates and returns the accumulator, which Flink allows and which saves an allocation per reading.
 */
public final class SignalStatsAggregate implements AggregateFunction<ObdReading, SignalStats, SignalStats> {

    private static final long serialVersionUID = 1L;

    @Override
    public SignalStats createAccumulator() {
        return new SignalStats();
    }

    @Override
    public SignalStats add(ObdReading reading, SignalStats stats) {
        if (stats.count == 0) {
            stats.vin = reading.vin();
            stats.signal = reading.signal();
            stats.unit = reading.unit();
        }
        stats.min = Math.min(stats.min, reading.value());
        stats.max = Math.max(stats.max, reading.value());
        stats.sum += reading.value();
        stats.count++;
        return stats;
    }

    @Override
    public SignalStats getResult(SignalStats stats) {
        return stats;
    }

    /** Only merging window assigners (sessions) call this; kept correct so the aggregate stays reusable. */
    @Override
    public SignalStats merge(SignalStats a, SignalStats b) {
        if (a.count == 0) {
            return b;
        }
        if (b.count == 0) {
            return a;
        }
        a.min = Math.min(a.min, b.min);
        a.max = Math.max(a.max, b.max);
        a.sum += b.sum;
        a.count += b.count;
        return a;
    }
}
