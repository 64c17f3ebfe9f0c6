package com.kcspeedshop.collector.publish.journal;

import com.kcspeedshop.collector.publish.CycleRecords;
import com.kcspeedshop.collector.publish.FailureLog;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
 *
 * <p>Cycles: consecutive entries of one poll cycle (same VIN, same source, same capture time, increasing sequences)
 * go as one batch record (see {@link CycleRecords}); an entry alone as a plain reading. A record is the unit of
 * acknowledgement: the acknowledged position moves to the end of a record's last entry once Kafka acknowledged it and
 * every record before it, so it covers exactly the entries sent. A rewind goes back to such a record boundary and the
 * entries after it are grouped the same way again, so a resent cycle is one record again.
 */
final class JournalSender implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(JournalSender.class);
    private static final int BATCH = 500; // entries read per step
    private static final int MAX_IN_FLIGHT = 10_000; // readings: about 1 MB in the producer's buffer, far below 32 MB
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
    private int inFlightReadings; // sender thread only: readings in the window's records
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
        if (inFlightReadings >= MAX_IN_FLIGHT) {
            await(10);
            return;
        }
        int max = Math.min(BATCH, MAX_IN_FLIGHT - inFlightReadings);
        List<JournalEntry> entries = journal.readFrom(cursor, max);
        if (entries.isEmpty()) {
            await(window.isEmpty() ? 50 : 5);
            return;
        }
        List<List<JournalEntry>> records = records(entries);
        if (entries.size() == max) {
            // the read may have cut the last cycle short: it goes whole in a later step. Alone it is sent cut only
            // when a full read holds nothing else (a cycle longer than a read); a read the window cut waits instead.
            if (records.size() > 1) {
                records.remove(records.size() - 1);
            } else if (max < BATCH) {
                await(10);
                return;
            }
        }
        for (List<JournalEntry> record : records) {
            if (!send(record)) {
                return; // the next step rewinds
            }
        }
    }

    /** The entries cut into records: runs of one cycle, each at most {@link ObdReadingBatch#MAX_READINGS} long. */
    static List<List<JournalEntry>> records(List<JournalEntry> entries) {
        List<List<JournalEntry>> records = new ArrayList<>();
        List<JournalEntry> current = new ArrayList<>();
        for (JournalEntry entry : entries) {
            if (!current.isEmpty() && (current.size() == ObdReadingBatch.MAX_READINGS
                    || !sameCycle(current.get(current.size() - 1).reading(), entry.reading()))) {
                records.add(current);
                current = new ArrayList<>();
            }
            current.add(entry);
        }
        records.add(current);
        return records;
    }

    private static boolean sameCycle(ObdReading previous, ObdReading next) {
        return next.vin().equals(previous.vin()) && next.source().equals(previous.source())
                && next.capturedAt().equals(previous.capturedAt()) && next.sequence() > previous.sequence();
    }

    /** Sends one record's entries; false once any send failed, so nothing more goes out before the rewind. */
    private boolean send(List<JournalEntry> record) {
        InFlight inFlight = new InFlight(record);
        ObdReading first = record.get(0).reading();
        try {
            // a send refused at once (no metadata within max.block.ms: broker down) fails through the callback, now
            producer.send(new ProducerRecord<>(topic, first.vin(),
                    CycleRecords.encode(record.stream().map(JournalEntry::reading).toList())), inFlight);
        } catch (KafkaException | IllegalStateException e) {
            failed("sending to " + topic, e);
            pause();
            return false; // not sent at all: the cursor stays on it
        }
        window.add(inFlight);
        inFlightReadings += record.size();
        sent.addAndGet(record.size());
        cursor = inFlight.end();
        return !sendFailed;
    }

    /** Pops the contiguous acknowledged prefix; persists it every 100 ms, when idle, or when asked. */
    private void collectAcks(boolean force) {
        while (!window.isEmpty() && window.peek().state == InFlight.DONE) {
            InFlight done = window.poll();
            ackable = done.end(); // the end of exactly the entries that record carried
            acknowledged.addAndGet(done.entries.size());
            inFlightReadings -= done.entries.size();
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
        inFlightReadings = 0;
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

    /** One record (consecutive entries) awaiting Kafka's answer; the callback runs on the producer's I/O thread. */
    private final class InFlight implements Callback {
        static final int PENDING = 0;
        static final int DONE = 1;
        static final int FAILED = 2;

        final List<JournalEntry> entries;
        volatile int state = PENDING;

        InFlight(List<JournalEntry> entries) {
            this.entries = entries;
        }

        /** Where the entry after this record's last one starts. */
        long end() {
            return entries.get(entries.size() - 1).nextPosition();
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception error) {
            if (error != null) {
                ObdReading first = entries.get(0).reading();
                String what = entries.size() == 1 ? first.signal() : "a cycle of " + entries.size() + " readings";
                failed("sending " + what + " of " + first.vin() + " to " + topic, error);
                sendFailed = true;
            }
            state = error == null ? DONE : FAILED;
            wakeUp();
        }
    }
}
