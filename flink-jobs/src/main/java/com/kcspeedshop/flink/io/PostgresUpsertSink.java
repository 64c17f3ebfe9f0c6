package com.kcspeedshop.flink.io;

import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.util.function.SerializableFunction;

/**
 * A PostgreSQL sink of idempotent upserts: each writer batches rows and writes a batch in one transaction when it
 * fills, when {@code maxDelay} has passed since its first row, and on every checkpoint. Flushing on checkpoint makes it
 * at-least-once; the idempotent {@link BatchUpsert} makes the replays harmless.
 *
 * @param <T> the rows' type
 */
public final class PostgresUpsertSink<T> implements Sink<T> {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final JdbcSettings jdbc;
    private final int batchSize;
    private final Duration maxDelay;
    private final SerializableFunction<T, String> key;
    private final BatchUpsert<T> upsert;

    /**
     * @param name      names the writer's connections ({@code ApplicationName}) and its errors
     * @param batchSize rows per transaction at most
     * @param maxDelay  longest time a row waits in a part-filled batch
     * @param key       the row's primary key: a later row with the same key supersedes an earlier one in a batch
     * @param upsert    the batch's SQL
     */
    public PostgresUpsertSink(String name, JdbcSettings jdbc, int batchSize, Duration maxDelay,
                              SerializableFunction<T, String> key, BatchUpsert<T> upsert) {
        this.name = Objects.requireNonNull(name, "name");
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.maxDelay = Objects.requireNonNull(maxDelay, "maxDelay");
        this.key = Objects.requireNonNull(key, "key");
        this.upsert = Objects.requireNonNull(upsert, "upsert");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        if (maxDelay.isNegative() || maxDelay.isZero()) {
            throw new IllegalArgumentException("maxDelay must be positive, got " + maxDelay);
        }
        this.batchSize = batchSize;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        String application = "kcspeedshop-" + name + "-" + context.getTaskInfo().getIndexOfThisSubtask();
        return new PostgresBatchWriter<>(name, jdbc, application, batchSize, maxDelay.toMillis(),
                context.getProcessingTimeService(), key, upsert);
    }
}
