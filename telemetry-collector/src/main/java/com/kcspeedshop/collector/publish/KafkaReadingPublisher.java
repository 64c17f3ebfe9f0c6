package com.kcspeedshop.collector.publish;

import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes readings to a Kafka topic, keyed by VIN (so one car's readings stay in one partition, in order), through
 * an idempotent {@code acks=all} producer. A single reading goes as one {@link Events#OBD_READING} record; a poll cycle
 * ({@link #publishCycle}) as one {@link Events#OBD_READING_BATCH} record (see {@link CycleRecords}). Stats count
 * readings: a batch record delivered or failed counts every reading in it.
 */
public final class KafkaReadingPublisher implements ReadingPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaReadingPublisher.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final FailureLog failureLog = new FailureLog(LOG, TimeUnit.SECONDS.toNanos(10));
    private volatile boolean closed;

    private KafkaReadingPublisher(KafkaPublisherConfig config) {
        this.producer = new KafkaProducer<>(config.producerProperties());
        this.topic = config.topic();
    }

    /** A publisher to {@code topic} on {@code bootstrapServers} with the default settings of {@link KafkaPublisherConfig}. */
    public static KafkaReadingPublisher create(String bootstrapServers, String topic) {
        return create(KafkaPublisherConfig.of(bootstrapServers).withTopic(topic));
    }

    public static KafkaReadingPublisher create(KafkaPublisherConfig config) {
        return new KafkaReadingPublisher(config);
    }

    /** The topic readings go to. */
    public String topic() {
        return topic;
    }

    /**
     * Sends asynchronously. May block up to the configured {@code maxBlock} while the broker is unreachable or the
     * send buffer is full: that is the back pressure that keeps a fast source from exhausting memory.
     */
    @Override
    public void publish(ObdReading reading) {
        if (closed) {
            throw new IllegalStateException("publisher to " + topic + " is closed");
        }
        send(List.of(reading));
    }

    /**
     * Sends the cycle as one record (split at {@link com.kcspeedshop.events.ObdReadingBatch#MAX_READINGS}); a cycle of
     * one goes as a plain reading. Blocks as {@link #publish} does.
     */
    @Override
    public void publishCycle(List<ObdReading> cycle) {
        if (closed) {
            throw new IllegalStateException("publisher to " + topic + " is closed");
        }
        for (List<ObdReading> piece : CycleRecords.split(cycle)) { // throws for a malformed cycle before any send
            send(piece);
        }
    }

    private void send(List<ObdReading> piece) {
        ObdReading first = piece.get(0);
        int count = piece.size();
        accepted.addAndGet(count);
        try {
            producer.send(new ProducerRecord<>(topic, first.vin(), CycleRecords.encode(piece)),
                    (metadata, error) -> completed(first, count, error));
        } catch (KafkaException | IllegalStateException e) {
            // send() throws only for what the callback cannot report (e.g. interrupted while blocked, closed producer)
            recordFailure(first, count, e);
        }
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public PublishStats stats() {
        return new PublishStats(accepted.get(), delivered.get(), failed.get(), lastError.get());
    }

    /** Flushes and closes the producer, waiting up to 30 s for in-flight readings. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            producer.flush();
        } finally {
            producer.close(CLOSE_TIMEOUT);
        }
        PublishStats stats = stats();
        if (stats.failed() > 0 || stats.pending() > 0) {
            LOG.warn("closed publisher to {}: {} readings delivered, {} failed, {} undelivered; last error: {}", topic,
                    stats.delivered(), stats.failed(), stats.pending(), stats.lastError());
        }
    }

    private void completed(ObdReading first, int count, Exception error) {
        if (error == null) {
            delivered.addAndGet(count);
        } else {
            recordFailure(first, count, error);
        }
    }

    private void recordFailure(ObdReading first, int count, Exception error) {
        String reason = error.getClass().getSimpleName() + ": " + error.getMessage();
        if (error instanceof InterruptException) {
            // keep the caller's interrupt (usually a shutdown) visible to it
            Thread.currentThread().interrupt();
            reason = "interrupted while waiting to send (shutting down?)";
        }
        failed.addAndGet(count);
        lastError.set(reason);
        String what = count == 1 ? first.signal() : "a cycle of " + count + " readings";
        failureLog.failed("sending " + what + " of " + first.vin() + " to " + topic, reason);
    }
}
