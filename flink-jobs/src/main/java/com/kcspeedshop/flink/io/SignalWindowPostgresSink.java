package com.kcspeedshop.flink.io;

import com.kcspeedshop.events.SignalWindow;
import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes signal windows to PostgreSQL (tables {@code vehicle} and {@code signal_window}) with idempotent upserts.
 *
 * <p>Each writer batches windows and flushes a batch in one transaction when it fills, when {@code maxDelay} has passed
 * since its first window, and on every checkpoint. Flushing on checkpoint makes the sink at-least-once; the upserts
 * make the replays that at-least-once implies harmless.
 */
public final class SignalWindowPostgresSink implements Sink<SignalWindow> {

    private static final long serialVersionUID = 1L;

    private final JdbcSettings jdbc;
    private final int batchSize;
    private final Duration maxDelay;

    /**
     * @param jdbc      where to write
     * @param batchSize windows per transaction at most; a full batch is written at once
     * @param maxDelay  longest time a window waits in a part-filled batch
     */
    public SignalWindowPostgresSink(JdbcSettings jdbc, int batchSize, Duration maxDelay) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.maxDelay = Objects.requireNonNull(maxDelay, "maxDelay");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        if (maxDelay.isNegative() || maxDelay.isZero()) {
            throw new IllegalArgumentException("maxDelay must be positive, got " + maxDelay);
        }
        this.batchSize = batchSize;
    }

    @Override
    public SinkWriter<SignalWindow> createWriter(WriterInitContext context) {
        String application = "kcspeedshop-signal-windows-" + context.getTaskInfo().getIndexOfThisSubtask();
        return new SignalWindowPostgresWriter(jdbc, application, batchSize, maxDelay.toMillis(),
                context.getProcessingTimeService());
    }
}
