package com.kcspeedshop.flink.windows;

import java.time.Duration;
import java.util.Objects;

/**
 * The event-time settings of the job.
 *
 * @param size           length of the tumbling windows; whole milliseconds, since Flink's windows are
 * @param outOfOrderness how far behind the newest reading the watermark trails; readings later than that are late
 * @param idleness       how long a source split may be silent before it stops holding the watermark back;
 *                       zero disables idleness detection
 */
public record WindowTiming(Duration size, Duration outOfOrderness, Duration idleness) {

    /** 10 s windows, 3 s out-of-orderness, 5 s idleness: the production defaults. */
    public static final WindowTiming DEFAULT =
            new WindowTiming(Duration.ofSeconds(10), Duration.ofSeconds(3), Duration.ofSeconds(5));

    public WindowTiming {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(outOfOrderness, "outOfOrderness");
        Objects.requireNonNull(idleness, "idleness");
        if (size.toMillis() <= 0 || !size.equals(Duration.ofMillis(size.toMillis()))) {
            throw new IllegalArgumentException("window size must be a positive whole number of milliseconds, got "
                    + size);
        }
        if (outOfOrderness.isNegative() || idleness.isNegative()) {
            throw new IllegalArgumentException("out-of-orderness and idleness must be >= 0, got " + outOfOrderness
                    + " and " + idleness);
        }
    }
}
