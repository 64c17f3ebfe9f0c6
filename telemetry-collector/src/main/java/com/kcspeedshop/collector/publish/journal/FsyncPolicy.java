package com.kcspeedshop.collector.publish.journal;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * When the journal forces appended readings from the page cache to the disk. A process crash (kill -9, OOM) loses
 * nothing under any policy: a written record is in the OS page cache once {@code append} returns. The policies differ
 * only in what a power loss or kernel panic can take.
 *
 * <ul>
 *   <li>{@link Mode#EVERY_APPEND}: fsync before {@code append} returns. Loses nothing; costs one fsync per reading
 *       (0.1-10 ms on flash), which caps throughput at a few hundred to a few thousand readings per second.</li>
 *   <li>{@link Mode#INTERVAL} (default, 100 ms): a background thread fsyncs when something was written. Loses at most
 *       the last interval of readings (plus a torn record, which recovery truncates); one fsync per interval, plus one when a segment is closed.</li>
 *   <li>{@link Mode#NEVER}: only on close, otherwise the OS decides (Linux writes dirty pages back
 *       after about 30 s). Loses up to that much on power loss; for tmpfs or tests.</li>
 * </ul>
 *
 * @param mode     which policy
 * @param interval for {@link Mode#INTERVAL}: 1 ms..10 s; {@link Duration#ZERO} for the other modes
 */
public record FsyncPolicy(Mode mode, Duration interval) {

    /** The policy kinds; see {@link FsyncPolicy}. */
    public enum Mode { EVERY_APPEND, INTERVAL, NEVER }

    public FsyncPolicy {
        Objects.requireNonNull(mode, "fsync mode must not be null");
        Objects.requireNonNull(interval, "fsync interval must not be null");
        if (mode == Mode.INTERVAL
                && (interval.compareTo(Duration.ofMillis(1)) < 0 || interval.compareTo(Duration.ofSeconds(10)) > 0)) {
            throw new IllegalArgumentException("fsync interval must be within 1 ms..10 s, got " + interval);
        }
        if (mode != Mode.INTERVAL && !interval.isZero()) {
            throw new IllegalArgumentException("fsync mode " + mode + " takes no interval, got " + interval);
        }
    }

    public static FsyncPolicy everyAppend() {
        return new FsyncPolicy(Mode.EVERY_APPEND, Duration.ZERO);
    }

    public static FsyncPolicy every(Duration interval) {
        return new FsyncPolicy(Mode.INTERVAL, interval);
    }

    public static FsyncPolicy never() {
        return new FsyncPolicy(Mode.NEVER, Duration.ZERO);
    }

    /** The default: every 100 ms, a tenth of a second of readings at risk on power loss, one fsync per tick. */
    public static FsyncPolicy defaults() {
        return every(Duration.ofMillis(100));
    }

    /** Parses {@code always}, {@code never} or an interval in milliseconds such as {@code 100ms}. */
    public static FsyncPolicy parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (value.equals("always")) {
            return everyAppend();
        }
        if (value.equals("never")) {
            return never();
        }
        if (value.matches("\\d{1,5}ms")) {
            return every(Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2))));
        }
        throw new IllegalArgumentException("fsync policy must be 'always', 'never' or an interval like '100ms', got: "
                + text);
    }

    @Override
    public String toString() {
        return switch (mode) {
            case EVERY_APPEND -> "always";
            case NEVER -> "never";
            case INTERVAL -> interval.toMillis() + "ms";
        };
    }
}
