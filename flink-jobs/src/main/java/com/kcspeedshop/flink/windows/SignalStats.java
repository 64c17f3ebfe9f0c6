package com.kcspeedshop.flink.windows;

/**
 * Running statistics of one signal of one vehicle within one window: the window operator's state. A mutable Flink POJO
 * (public no-arg constructor, public fields) so it is serialized by the PojoSerializer, never Kryo.
 */
public class SignalStats {

    public String vin;
    public String signal;
    /** Unit of the first reading; readings of one signal share a unit, the collector's PID table fixes it. */
    public String unit;
    public double min = Double.POSITIVE_INFINITY;
    public double max = Double.NEGATIVE_INFINITY;
    public double sum;
    public long count;

    public SignalStats() {
    }

    /** The mean, clamped into [min, max]: summation rounding must not break the window's invariant. */
    public double mean() {
        return Math.min(max, Math.max(min, sum / count));
    }
}
