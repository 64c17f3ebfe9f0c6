package com.kcspeedshop.collector.publish;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that sends a {@link FingerprintOutbox}'s records to Kafka one at a time, oldest first, deleting each only
 * after Kafka acknowledged it. One at a time and synchronously, because fingerprints are rare and this keeps their
 * order without a window; on a failure it backs off (up to {@link #MAX_BACKOFF}) and tries the same record again.
 */
final class FingerprintSender implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(FingerprintSender.class);
    private static final Duration MIN_BACKOFF = Duration.ofMillis(100);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    /** Idle wake-up, so records stored by an earlier run are picked up even without a new publish. */
    private static final long IDLE_MILLIS = 1_000;

    private final FingerprintOutbox outbox;
    private final Producer<String, String> producer;
    private final String topic;
    private final Duration sendTimeout;
    private final Object signal = new Object();
    private final FailureLog failures = new FailureLog(LOG, TimeUnit.SECONDS.toNanos(30));
    private volatile boolean running = true;
    private Duration backoff = MIN_BACKOFF;

    FingerprintSender(FingerprintOutbox outbox, Producer<String, String> producer, String topic,
                      Duration sendTimeout) {
        this.outbox = outbox;
        this.producer = producer;
        this.topic = topic;
        this.sendTimeout = sendTimeout;
    }

    @Override
    public void run() {
        while (running) {
            List<FingerprintOutbox.Pending> pending;
            try {
                pending = outbox.pending();
            } catch (RuntimeException e) {
                failures.failed("reading the fingerprint outbox", e.getMessage());
                await(MAX_BACKOFF.toMillis());
                continue;
            }
            if (pending.isEmpty()) {
                await(IDLE_MILLIS);
                continue;
            }
            for (FingerprintOutbox.Pending record : pending) {
                if (!running || !send(record)) {
                    break;
                }
            }
        }
    }

    /** True when Kafka acknowledged the record (and its file is gone); false after a failure and its backoff. */
    private boolean send(FingerprintOutbox.Pending record) {
        try {
            producer.send(new ProducerRecord<>(topic, record.key(), record.value()))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            outbox.remove(record);
            backoff = MIN_BACKOFF;
            return true;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            failures.failed("sending fingerprint " + record.file().getFileName() + " to " + topic,
                    String.valueOf(cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return false;
        }
        await(backoff.toMillis());
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        return false;
    }

    void wakeUp() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    void stop() {
        running = false;
        wakeUp();
    }

    private void await(long millis) {
        synchronized (signal) {
            try {
                signal.wait(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
