package com.kcspeedshop.flink.io;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.util.function.SerializableFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subtask's batching writer of a {@link PostgresUpsertSink}. Flink calls {@link #write}, {@link #flush} and the
 * timer callback on the same task (mailbox) thread, so the buffer needs no locking.
 */
final class PostgresBatchWriter<T> implements SinkWriter<T> {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresBatchWriter.class);
    private static final int ATTEMPTS = 3;

    private final String name;
    private final JdbcSettings jdbc;
    private final String applicationName;
    private final int batchSize;
    private final long maxDelayMillis;
    private final ProcessingTimeService time;
    private final SerializableFunction<T, String> key;
    private final BatchUpsert<T> upsert;
    private final Map<String, T> pending = new LinkedHashMap<>();
    private Connection connection;
    private boolean flushScheduled;

    PostgresBatchWriter(String name, JdbcSettings jdbc, String applicationName, int batchSize, long maxDelayMillis,
                        ProcessingTimeService time, SerializableFunction<T, String> key, BatchUpsert<T> upsert) {
        this.name = name;
        this.jdbc = jdbc;
        this.applicationName = applicationName;
        this.batchSize = batchSize;
        this.maxDelayMillis = maxDelayMillis;
        this.time = time;
        this.key = key;
        this.upsert = upsert;
    }

    /** Number of rows waiting for the next flush. */
    int pendingCount() {
        return pending.size();
    }

    @Override
    public void write(T row, Context context) throws IOException, InterruptedException {
        pending.put(key.apply(row), row);
        if (pending.size() >= batchSize) {
            flushPending();
        } else if (!flushScheduled) {
            flushScheduled = true;
            time.registerTimer(time.getCurrentProcessingTime() + maxDelayMillis, now -> {
                flushScheduled = false;
                flushPending();
            });
        }
    }

    /** Called on every checkpoint and at end of input: nothing may stay buffered past a completed checkpoint. */
    @Override
    public void flush(boolean endOfInput) throws IOException, InterruptedException {
        flushPending();
    }

    private void flushPending() throws IOException, InterruptedException {
        if (pending.isEmpty()) {
            return;
        }
        List<T> batch = new ArrayList<>(pending.values());
        writeWithRetry(batch);
        pending.clear();
    }

    /**
     * Retries what is worth retrying (a dropped connection, a serialization failure or deadlock) a few times; anything
     * else, or a persistent failure, fails the task so Flink restarts from the last checkpoint and replays.
     */
    private void writeWithRetry(List<T> batch) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                if (connection == null) {
                    connection = jdbc.connect(applicationName);
                }
                upsert.write(connection, batch);
                return;
            } catch (SQLException e) {
                closeConnection();
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw new IOException("cannot write " + batch.size() + " " + name + " rows to " + jdbc.url()
                            + " (attempt " + attempt + ", SQLState " + e.getSQLState() + ")", e);
                }
                LOG.warn("writing {} {} rows failed (attempt {}), retrying: {}", batch.size(), name, attempt,
                        e.getMessage());
                Thread.sleep(100L * attempt);
            }
        }
    }

    private static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        // 08: connection exception; 40: transaction rollback (serialization failure, deadlock)
        return state != null && (state.startsWith("08") || state.startsWith("40"));
    }

    @Override
    public void close() {
        closeConnection();
    }

    private void closeConnection() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing the JDBC connection failed", e);
        } finally {
            connection = null;
        }
    }
}
