package com.kcspeedshop.collector.publish.journal;

import static com.kcspeedshop.collector.publish.journal.TopicReader.dedupedSequencesByVin;
import static com.kcspeedshop.collector.publish.journal.TopicReader.expectedByVin;
import static com.kcspeedshop.collector.publish.journal.TopicReader.sequencesByVin;
import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.collector.publish.KafkaPublisherConfig;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journaled publisher against a real broker that goes away: never started yet, stopped mid-run, and a kill -9. */
class JournaledPublisherIT {

    private static final int PARTITIONS = 3;

    @TempDir
    static Path brokerDir;

    @TempDir
    Path journalDir;

    private static RestartableBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = new RestartableBroker(brokerDir);
        broker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private JournaledPublisherSettings settings(String topic) {
        KafkaPublisherConfig kafka = KafkaPublisherConfig.of(broker.bootstrapServers()).withTopic(topic)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMinutes(2));
        return JournaledPublisherSettings.of(JournalSettings.of(journalDir).withSizes(256 * 1024, 64L << 20), kafka)
                .withMaxBackoff(Duration.ofMillis(500));
    }

    @Test
    void shouldDeliverEverythingJournaledWhileTheBrokerWasDownInOrderOnceItIsBack() throws InterruptedException {
        String topic = newTopic();
        broker.stop();
        int n = 1_500;
        try (JournaledPublisher publisher = JournaledPublisher.open(settings(topic))) {
            for (int i = 0; i < n; i++) {
                publisher.publish(Readings.reading(i));
            }
            Thread.sleep(1_500); // the sender tries and fails meanwhile
            JournaledPublishStats down = publisher.journalStats();
            assertThat(down.acknowledged()).isZero();
            assertThat(down.backlog()).isEqualTo(n);
            assertThat(down.oldestUnacknowledgedAge()).isPositive();
            assertThat(down.lastError()).isNotNull();

            broker.start();
            publisher.flush();
            JournaledPublishStats up = publisher.journalStats();
            assertThat(up.acknowledged()).isEqualTo(n);
            assertThat(up.backlog()).isZero();
            assertThat(up.dropped()).isZero();
            assertThat(publisher.stats().pending()).isZero();
        }
        List<ObdReading> consumed = TopicReader.readAll(broker.bootstrapServers(), topic, n);
        assertThat(sequencesByVin(consumed)).as("exactly once and in order per VIN").isEqualTo(expectedByVin(n));
    }

    @Test
    void shouldDeliverEveryReadingInOrderPerVinAcrossABrokerOutageMidRun() throws Exception {
        String topic = newTopic();
        AtomicLong published = new AtomicLong();
        try (JournaledPublisher publisher = JournaledPublisher.open(settings(topic))) {
            Thread poller = new Thread(() -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(9);
                for (long i = 0; System.nanoTime() < deadline; i++) {
                    publisher.publish(Readings.reading(i));
                    published.incrementAndGet();
                    sleepMillis(i % 2 == 0 ? 1 : 0); // about 1,000 readings per second
                }
            }, "test-poller");
            poller.start();
            Thread.sleep(1_500);
            // on a loaded machine the first acknowledgement (new topic's metadata) can take longer: the outage must
            // come mid-run, after some deliveries, so wait for one (bounded; the poller runs 9 s, the outage 3 s)
            long ackDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
            while (publisher.journalStats().acknowledged() == 0 && System.nanoTime() < ackDeadline) {
                Thread.sleep(20);
            }
            long beforeOutage = publisher.journalStats().acknowledged();
            broker.stop();
            Thread.sleep(3_000);
            assertThat(publisher.journalStats().backlog()).as("readings pile up in the journal").isPositive();
            broker.start();
            poller.join();
            publisher.flush();
            JournaledPublishStats stats = publisher.journalStats();
            assertThat(beforeOutage).isPositive();
            assertThat(stats.journaled()).isEqualTo(published.get());
            assertThat(stats.acknowledged()).isEqualTo(published.get());
            assertThat(stats.backlog()).isZero();
        }
        int n = (int) published.get();
        List<ObdReading> consumed = TopicReader.readAll(broker.bootstrapServers(), topic, n);
        assertThat(dedupedSequencesByVin(consumed)).as("every reading, first copies in order per VIN")
                .isEqualTo(expectedByVin(n));
    }

    @Test
    void shouldResendEverythingUnacknowledgedAfterTheCollectorIsKilled() throws Exception {
        String topic = newTopic();
        long reported = killMidStream(startCrashingCollector(topic, 1));

        // kill -9 loses nothing that was written: the journal's last reading is the last one published
        long published;
        try (ReadingJournal journal = ReadingJournal.open(settings(topic).journal())) {
            assertThat(journal.recovery().backlog()).as("readings the killed collector had not got acknowledged")
                    .isPositive();
            List<JournalEntry> backlog = ReadingJournalTest.readAll(journal, journal.acknowledgedPosition(), 5_000);
            published = backlog.get(backlog.size() - 1).reading().sequence() + 1;
        }
        assertThat(published).isGreaterThanOrEqualTo(reported);
        try (JournaledPublisher publisher = JournaledPublisher.open(settings(topic))) {
            publisher.flush();
            assertThat(publisher.journalStats().backlog()).isZero();
        }
        List<ObdReading> consumed = TopicReader.readAll(broker.bootstrapServers(), topic, (int) published);
        assertThat(dedupedSequencesByVin(consumed)).as("after dedupe by (source, sequence): all, in order per VIN")
                .isEqualTo(expectedByVin(published));
    }

    @Test
    void shouldResendUnacknowledgedCyclesAfterTheCollectorIsKilledEachCycleInOneRecord() throws Exception {
        String topic = newTopic();
        int size = 6;
        long reported = killMidStream(startCrashingCollector(topic, size));

        long published;
        try (ReadingJournal journal = ReadingJournal.open(settings(topic).journal())) {
            assertThat(journal.recovery().backlog()).isPositive();
            List<JournalEntry> backlog = ReadingJournalTest.readAll(journal, journal.acknowledgedPosition(), 5_000);
            published = backlog.get(backlog.size() - 1).reading().sequence() + 1;
        }
        assertThat(published).isGreaterThanOrEqualTo(reported);
        try (JournaledPublisher publisher = JournaledPublisher.open(settings(topic))) {
            publisher.flush();
            assertThat(publisher.journalStats().backlog()).isZero();
        }
        List<ObdReadingBatch> records = TopicReader.readBatches(broker.bootstrapServers(), topic, (int) published);
        List<ObdReading> consumed = records.stream().flatMap(b -> b.readings().stream()).toList();
        assertThat(dedupedSequencesByVin(consumed)).as("after dedupe by (source, sequence): all, in order per VIN")
                .isEqualTo(expectedByVin(published, sequence -> Readings.cycleReading(sequence, size)));
        long lastCycle = (published - 1) / size; // the kill may have cut its journaling short
        assertThat(records).as("each record one whole cycle, before and after the crash").allSatisfy(batch -> {
            long cycle = batch.firstSequence() / size;
            if (cycle != lastCycle) {
                assertThat(batch.readings()).isEqualTo(Readings.cycle(cycle, size));
            } else {
                assertThat(batch.readings()).isEqualTo(Readings.cycle(cycle, size).subList(
                        (int) (batch.firstSequence() % size), (int) (batch.lastSequence() % size) + 1));
            }
        });
        assertThat(records.size()).as("duplicates after the crash, but about one record per cycle")
                .isLessThan((int) published / 2);
    }

    private Process startCrashingCollector(String topic, int cycleSize) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingCollector.class.getName(),
                journalDir.toString(), broker.bootstrapServers(), topic, Integer.toString(cycleSize))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** SIGKILLs the child once it has published 3,000 readings and Kafka acknowledged some; returns its last count. */
    private static long killMidStream(Process child) throws IOException, InterruptedException {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] words = line.split(" ");
                if (line.startsWith("PUBLISHED ") && Long.parseLong(words[1]) >= 3_000 && Long.parseLong(words[3]) > 0) {
                    return Long.parseLong(words[1]);
                }
            }
            throw new AssertionError("the child collector died before publishing 3,000 readings");
        } finally {
            child.destroyForcibly(); // SIGKILL: no close, no flush, no shutdown hook
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static String newTopic() {
        String topic = "journal-it-" + UUID.randomUUID();
        broker.start();
        broker.createTopic(topic, PARTITIONS);
        return topic;
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
