package com.kcspeedshop.collector.publish.journal;

import com.kcspeedshop.collector.publish.CycleRecords;
import com.kcspeedshop.collector.publish.FailureLog;
import com.kcspeedshop.collector.publish.PublishStats;
import com.kcspeedshop.collector.publish.ReadingPublisher;
import com.kcspeedshop.events.ObdReading;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Store and forward: {@link #publish} appends the reading to a {@link ReadingJournal} on local disk (durable per the
 * fsync policy when it returns) and one sender thread sends journaled readings in order to Kafka, keyed by VIN,
 * through an idempotent {@code acks=all} producer (consecutive entries of one poll cycle as one batch record),
 * acknowledging in the journal only what Kafka acknowledged. While Kafka is unreachable readings pile up in the journal
 * and the sender retries with backoff; when it is back the backlog drains in order. After a crash the next instance
 * sends everything not acknowledged again.
 *
 * <p>Delivery: at-least-once into Kafka. Readings around the last persisted acknowledgement may arrive twice (after a
 * crash, or a send the producer gave up on), always with their (source, sequence), which consumers use to drop
 * duplicates: at-least-once into Kafka plus dedupe by (source, sequence) downstream is exactly-once into the pipeline.
 *
 * <p>The producer's {@code delivery.timeout.ms} is effectively unlimited here: the journal, not the producer, owns
 * retry. A producer that gave up on some readings of a partition and not on later ones would reorder them.
 */
public final class JournaledPublisher implements ReadingPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(JournaledPublisher.class);

    private final ReadingJournal journal;
    private final Producer<String, byte[]> producer;
    private final JournalSender sender;
    private final Thread senderThread;
    private final JournaledPublisherSettings settings;
    private final Clock clock;
    private final long recovered;
    private final AtomicLong journaled = new AtomicLong();
    private final AtomicLong diskFailures = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final FailureLog failureLog = new FailureLog(LOG, TimeUnit.SECONDS.toNanos(10));
    private volatile boolean closed;

    private JournaledPublisher(JournaledPublisherSettings settings, ReadingJournal journal, Clock clock) {
        this.settings = settings;
        this.journal = journal;
        this.clock = clock;
        this.recovered = journal.recovery().backlog();
        this.producer = new KafkaProducer<>(producerProperties(settings));
        this.sender = new JournalSender(journal, producer, settings.kafka().topic(), settings.maxBackoff(), lastError);
        this.senderThread = new Thread(sender, "kcs-journal-sender");
        // daemon: a publisher nobody closed loses nothing (the journal has it all), so it must not hold the JVM open
        senderThread.setDaemon(true);
        senderThread.start();
    }

    /** Opens (recovering) the journal and starts sending its backlog. */
    public static JournaledPublisher open(JournaledPublisherSettings settings) {
        return open(settings, Clock.systemUTC());
    }

    /** As {@link #open(JournaledPublisherSettings)}, with the clock that ages the oldest unacknowledged reading. */
    public static JournaledPublisher open(JournaledPublisherSettings settings, Clock clock) {
        ReadingJournal journal = ReadingJournal.open(settings.journal());
        try {
            return new JournaledPublisher(settings, journal, clock);
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    static Properties producerProperties(JournaledPublisherSettings settings) {
        Properties props = settings.kafka().producerProperties();
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(Integer.MAX_VALUE));
        return props;
    }

    /**
     * Journals the reading and wakes the sender. A full journal ({@link FullPolicy#REJECT_NEW}) or a disk error drops
     * the reading at source: counted, logged, not thrown, so the poller keeps sampling.
     */
    @Override
    public void publish(ObdReading reading) {
        if (closed) {
            throw new IllegalStateException("journaled publisher on " + settings.journal().directory() + " is closed");
        }
        journal(reading);
        sender.wakeUp();
    }

    private void journal(ObdReading reading) {
        try {
            journal.append(reading);
            journaled.incrementAndGet();
        } catch (JournalFullException e) {
            lastError.set(e.getMessage());
            failureLog.failed("journaling " + reading.signal() + " of " + reading.vin(), e.getMessage());
        } catch (UncheckedIOException e) {
            diskFailures.incrementAndGet();
            lastError.set("journal disk error: " + e.getMessage());
            failureLog.failed("journaling " + reading.signal() + " of " + reading.vin(), e.getMessage());
        }
    }

    /**
     * Journals the cycle's readings one by one, as {@link #publish} would each (the journal format stays one reading
     * per record), but all under the journal's lock, so the sender never reads half a cycle: it sends the consecutive
     * entries of one cycle as one batch record (see {@link JournalSender}).
     *
     * @throws IllegalArgumentException if the readings do not form one cycle; nothing is journaled then
     */
    @Override
    public void publishCycle(List<ObdReading> cycle) {
        if (closed) {
            throw new IllegalStateException("journaled publisher on " + settings.journal().directory() + " is closed");
        }
        CycleRecords.split(cycle); // the same check as a direct Kafka publisher makes, before anything is journaled
        synchronized (journal) {
            for (ObdReading reading : cycle) {
                journal(reading);
            }
        }
        sender.wakeUp();
    }

    /**
     * Forces the journal to disk, then waits up to the drain timeout for Kafka to acknowledge everything journaled so
     * far. What is still unacknowledged then stays journaled and is sent later; see {@link #journalStats()}.
     */
    @Override
    public void flush() {
        journal.sync();
        long target = journal.endPosition();
        long deadline = System.nanoTime() + settings.drainTimeout().toNanos();
        sender.acknowledgeNow();
        while (journal.acknowledgedPosition() < target && System.nanoTime() < deadline && senderThread.isAlive()) {
            sleep(10);
            sender.acknowledgeNow();
        }
    }

    /**
     * The {@link ReadingPublisher} view: accepted = recovered + published, delivered = acknowledged by Kafka, failed =
     * dropped; so pending is the backlog.
     */
    @Override
    public PublishStats stats() {
        JournaledPublishStats s = journalStats();
        return new PublishStats(s.recovered() + s.journaled() + s.droppedAtSource(), s.acknowledged(), s.dropped(),
                s.lastError());
    }

    public JournaledPublishStats journalStats() {
        JournalCounters counters = journal.counters();
        Instant oldest = counters.oldestUnacknowledgedAt();
        Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
        return new JournaledPublishStats(recovered, journaled.get(), sender.sent(), sender.acknowledged(),
                counters.backlog(), counters.droppedAtSource() + diskFailures.get(), counters.droppedOldest(),
                age.isNegative() ? Duration.ZERO : age, lastError.get());
    }

    /** What the journal found on disk at open. */
    public RecoveryReport recovery() {
        return journal.recovery();
    }

    /**
     * Drains for up to the drain timeout, stops the sender, closes the producer and the journal. Readings Kafka has
     * not acknowledged by then stay journaled for the next start. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flush();
        } finally {
            sender.stop();
            join(senderThread, settings.kafka().maxBlock().plusSeconds(5));
            producer.close(Duration.ofSeconds(1)); // what is still in flight is journaled anyway
            JournaledPublishStats stats = journalStats();
            journal.close();
            if (stats.backlog() > 0) {
                LOG.warn("closed with {} readings not yet acknowledged by Kafka; they stay in {} and are sent on the "
                        + "next start", stats.backlog(), settings.journal().directory());
            }
        }
    }

    private static void join(Thread thread, Duration timeout) {
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka to acknowledge the journal", e);
        }
    }
}
