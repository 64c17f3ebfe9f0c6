package com.kcspeedshop.collector.publish.journal;

import com.kcspeedshop.collector.publish.FailureLog;
import com.kcspeedshop.events.Events;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that moves readings from the journal to Kafka, in journal order, and acknowledges in the journal
 * only the prefix Kafka has acknowledged. Order: the producer is idempotent with at most 5 requests in flight, so it
 * keeps each partition in send order through its own retries; it retries without a deadline, so a broker outage
 * delays sends rather than failing some and not others. A failure it does report (a send refused at once, typically
 * no metadata while the broker is down, or a non-retriable error) stops sending at once; this thread waits for
 * everything in flight, then rewinds to the acknowledged prefix and sends again from there with backoff. Readings
 * after the failed one may go twice. A refused send is seen before the next send, so order holds; an asynchronous
 * non-retriable error (e.g. authorization revoked mid-run) on one reading while a later one already in flight
 * succeeds would put the later one's first copy first: consumers needing strict order sort by sequence.
 */
final class JournalSender implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(JournalSender.class);
    private static final int BATCH = 500;
    private static final int MAX_IN_FLIGHT = 10_000; // about 1 MB in the producer's buffer, far below its 32 MB
    private static final long ACK_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(100); // one ack-file fsync per 100 ms
    private static final Duration MIN_BACKOFF = Duration.ofMillis(50);

    private final ReadingJournal journal;
    private final Producer<String, byte[]> producer;
    private final String topic;
    private final Duration maxBackoff;
    private final ArrayDeque<InFlight> window = new ArrayDeque<>(); // sender thread only
    private final Object signal = new Object();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicReference<String> lastError;
    private final FailureLog failureLog = new FailureLog(LOG, TimeUnit.SECONDS.toNanos(10));
    private volatile boolean running = true;
    private volatile boolean sendFailed;
    private volatile boolean ackNow;
    private long cursor;
    private long ackable;
    private long lastAckNanos;
    private Duration backoff = MIN_BACKOFF;

    JournalSender(ReadingJournal journal, Producer<String, byte[]> producer, String topic, Duration maxBackoff,
                  AtomicReference<String> lastError) {
        this.journal = journal;
        this.producer = producer;
        this.topic = topic;
        this.maxBackoff = maxBackoff;
        this.lastError = lastError;
    }

    @Override
    public void run() {
        cursor = journal.acknowledgedPosition();
        ackable = cursor;
        while (running) {
            try {
                step();
            } catch (RuntimeException e) { // a journal I/O error: keep trying, the readings are still on disk
                failed("reading the journal", e);
                pause();
            }
        }
        try {
            collectAcks(true);
        } catch (RuntimeException e) {
            LOG.warn("could not persist the last acknowledgements; those readings will be sent again", e);
        }
    }

    long sent() {
        return sent.get();
    }

    long acknowledged() {
        return acknowledged.get();
    }

    /** New readings were journaled. */
    void wakeUp() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** Persist what Kafka acknowledged now rather than at the next 100 ms tick (flush wants it). */
    void acknowledgeNow() {
        ackNow = true;
        wakeUp();
    }

    void stop() {
        running = false;
        wakeUp();
    }

    private void step() {
        collectAcks(false);
        if (sendFailed) {
            rewind();
            return;
        }
        if (window.size() >= MAX_IN_FLIGHT) {
            await(10);
            return;
        }
        List<JournalEntry> batch = journal.readFrom(cursor, Math.min(BATCH, MAX_IN_FLIGHT - window.size()));
        if (batch.isEmpty()) {
            await(window.isEmpty() ? 50 : 5);
            return;
        }
        for (JournalEntry entry : batch) {
            if (!send(entry)) {
                return; // the next step rewinds
            }
        }
    }

    /** Sends one reading; false once any send failed, so nothing more goes out before the rewind. */
    private boolean send(JournalEntry entry) {
        InFlight inFlight = new InFlight(entry);
        try {
            // a send refused at once (no metadata within max.block.ms: broker down) fails through the callback, now
            producer.send(new ProducerRecord<>(topic, entry.reading().vin(), Events.OBD_READING.encode(entry.reading())),
                    inFlight);
        } catch (KafkaException | IllegalStateException e) {
            failed("sending to " + topic, e);
            pause();
            return false; // not sent at all: the cursor stays on it
        }
        window.add(inFlight);
        sent.incrementAndGet();
        cursor = entry.nextPosition();
        return !sendFailed;
    }

    /** Pops the contiguous acknowledged prefix; persists it every 100 ms, when idle, or when asked. */
    private void collectAcks(boolean force) {
        while (!window.isEmpty() && window.peek().state == InFlight.DONE) {
            ackable = window.poll().entry.nextPosition();
            acknowledged.incrementAndGet();
            backoff = MIN_BACKOFF;
        }
        long now = System.nanoTime();
        boolean due = force || ackNow || window.isEmpty() || now - lastAckNanos >= ACK_EVERY_NANOS;
        if (due && ackable > journal.acknowledgedPosition()) {
            ackNow = false;
            journal.acknowledge(ackable);
            lastAckNanos = now;
        } else if (due) {
            ackNow = false;
        }
    }

    /** Waits until nothing is in flight, so no reading sent before the failure can land after its resend. */
    private void rewind() {
        while (running && window.stream().anyMatch(f -> f.state == InFlight.PENDING)) {
            await(10);
        }
        collectAcks(true);
        window.clear();
        cursor = ackable;
        sendFailed = false;
        pause();
    }

    private void pause() {
        await(backoff.toMillis());
        backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
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

    private void failed(String what, Exception error) {
        String reason = error.getClass().getSimpleName() + ": " + error.getMessage();
        lastError.set(reason);
        failureLog.failed(what, reason + " (readings stay journaled and are retried)");
    }

    /** One send awaiting Kafka's answer; the callback runs on the producer's I/O thread. */
    private final class InFlight implements Callback {
        static final int PENDING = 0;
        static final int DONE = 1;
        static final int FAILED = 2;

        final JournalEntry entry;
        volatile int state = PENDING;

        InFlight(JournalEntry entry) {
            this.entry = entry;
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception error) {
            if (error != null) {
                failed("sending " + entry.reading().signal() + " of " + entry.reading().vin() + " to " + topic, error);
                sendFailed = true;
            }
            state = error == null ? DONE : FAILED;
            wakeUp();
        }
    }
}
