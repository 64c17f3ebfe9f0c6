package com.kcspeedshop.flink.io;

import com.kcspeedshop.events.SignalWindow;
import java.time.Duration;
import org.apache.flink.util.function.SerializableFunction;

/**
 * Writes signal windows to PostgreSQL (tables {@code vehicle} and {@code signal_window}) with idempotent upserts,
 * through the generic {@link PostgresUpsertSink}: batches flush when full, after {@code maxDelay}, and on every
 * checkpoint (at-least-once; the upserts make replays harmless).
 */
public final class SignalWindowPostgresSink {

    /** The table's primary key: a later window with the same key supersedes an earlier one in the same batch. */
    static final SerializableFunction<SignalWindow, String> KEY =
            w -> w.vin() + '|' + w.signal() + '|' + w.windowStart();

    private SignalWindowPostgresSink() {
    }

    /**
     * @param batchSize windows per transaction at most; a full batch is written at once
     * @param maxDelay  longest time a window waits in a part-filled batch
     */
    public static PostgresUpsertSink<SignalWindow> create(JdbcSettings jdbc, int batchSize, Duration maxDelay) {
        return new PostgresUpsertSink<>("signal-windows", jdbc, batchSize, maxDelay, KEY, SignalWindowUpserts::write);
    }
}
