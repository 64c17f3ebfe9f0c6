package com.kcspeedshop.collector.publish.journal;

import static com.kcspeedshop.collector.publish.journal.Readings.reading;
import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sender's rewind, driven step by step through Kafka's own MockProducer (answers in send order, when told). The
 * real-broker behaviour is in {@code JournaledPublisherIT}; this pins down what happens around one failed send.
 */
class JournalSenderTest {

    @TempDir
    Path dir;

    @Test
    void shouldResendFromTheFailedReadingOnwardsAndAcknowledgeOnlyTheContiguousPrefix() throws InterruptedException {
        MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(),
                new ByteArraySerializer());
        try (ReadingJournal journal = ReadingJournal.open(JournalSettings.of(dir))) {
            for (long i = 0; i < 5; i++) {
                journal.append(reading(i));
            }
            JournalSender sender = new JournalSender(journal, producer, "t", Duration.ofMillis(50),
                    new AtomicReference<>());
            Thread thread = new Thread(sender, "test-sender");
            thread.start();
            try {
                await(() -> producer.history().size() == 5);
                assertThat(producer.completeNext()).isTrue(); // 0 delivered
                assertThat(producer.errorNext(new RecordTooLargeException("refused"))).isTrue(); // 1 failed
                await(() -> journal.acknowledgedPosition() == journal.readFrom(0, 1).get(0).position());
                for (int i = 0; i < 3; i++) {
                    assertThat(producer.completeNext()).isTrue(); // 2..4 delivered, but after a gap
                }
                await(() -> producer.history().size() == 9);
                while (journal.acknowledgedPosition() < journal.endPosition()) {
                    producer.completeNext();
                    Thread.sleep(5);
                }
            } finally {
                sender.stop();
                thread.join(5_000);
            }
            List<Long> sent = readings(producer).stream().map(ObdReading::sequence).toList();
            assertThat(sent).as("1 failed: everything from 1 on again, in order").containsExactly(0L, 1L, 2L, 3L, 4L,
                    1L, 2L, 3L, 4L);
            assertThat(batches(producer)).as("readings of different cars and times are not grouped")
                    .allSatisfy(batch -> assertThat(batch.size()).isEqualTo(1));
            assertThat(sender.acknowledged()).isEqualTo(5);
            assertThat(journal.counters().backlog()).isZero();
        }
    }

    @Test
    void shouldSendEachCycleAsOneRecordAndResendAFailedCycleWholeAcknowledgingOnlyWhatWasSent()
            throws InterruptedException {
        MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(),
                new ByteArraySerializer());
        try (ReadingJournal journal = ReadingJournal.open(JournalSettings.of(dir))) {
            List<ObdReading> journaled = new ArrayList<>();
            for (long cycle = 0; cycle < 3; cycle++) {
                journaled.addAll(Readings.cycle(cycle, 4)); // sequences 0..11, three cars, three capture times
            }
            journaled.add(Readings.reading("journal-cycles", 12)); // alone: a plain reading record
            journaled.forEach(journal::append);
            long cycle1Starts = journal.readFrom(0, 5).get(4).position();
            JournalSender sender = new JournalSender(journal, producer, "t", Duration.ofMillis(50),
                    new AtomicReference<>());
            Thread thread = new Thread(sender, "test-sender");
            thread.start();
            try {
                await(() -> producer.history().size() == 4);
                assertThat(producer.completeNext()).isTrue(); // cycle 0 delivered
                assertThat(producer.errorNext(new RecordTooLargeException("refused"))).isTrue(); // cycle 1 failed
                await(() -> journal.acknowledgedPosition() == cycle1Starts);
                assertThat(sender.acknowledged()).as("cycle 0's four readings, no more").isEqualTo(4);
                assertThat(producer.completeNext()).isTrue(); // cycle 2 and the single delivered, but after a gap
                assertThat(producer.completeNext()).isTrue();
                await(() -> producer.history().size() == 7);
                assertThat(journal.acknowledgedPosition()).as("nothing past the gap").isEqualTo(cycle1Starts);
                while (journal.acknowledgedPosition() < journal.endPosition()) {
                    producer.completeNext();
                    Thread.sleep(5);
                }
            } finally {
                sender.stop();
                thread.join(5_000);
            }
            assertThat(batches(producer)).extracting(ObdReadingBatch::size).containsExactly(4, 4, 4, 1, 4, 4, 1);
            assertThat(batches(producer)).extracting(ObdReadingBatch::readings).containsExactly(
                    journaled.subList(0, 4), journaled.subList(4, 8), journaled.subList(8, 12),
                    journaled.subList(12, 13), journaled.subList(4, 8), journaled.subList(8, 12),
                    journaled.subList(12, 13));
            assertThat(Events.OBD_READING.decode(producer.history().get(3).value())).as("one reading, plain record")
                    .isEqualTo(journaled.get(12));
            assertThat(sender.acknowledged()).isEqualTo(13);
            assertThat(sender.sent()).as("readings, resends included").isEqualTo(13 + 9);
            assertThat(journal.counters().backlog()).isZero();
        }
    }

    @Test
    void shouldResendAnUnacknowledgedCycleAsOneRecordAfterARestart() throws InterruptedException {
        long cycle1Starts;
        try (ReadingJournal journal = ReadingJournal.open(JournalSettings.of(dir))) {
            Readings.cycle(0, 6).forEach(journal::append);
            Readings.cycle(1, 6).forEach(journal::append);
            cycle1Starts = journal.readFrom(0, 7).get(6).position();
            MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(),
                    new ByteArraySerializer());
            JournalSender sender = new JournalSender(journal, producer, "t", Duration.ofMillis(50),
                    new AtomicReference<>());
            Thread thread = new Thread(sender, "test-sender");
            thread.start();
            try {
                await(() -> producer.history().size() == 2);
                assertThat(producer.completeNext()).isTrue(); // cycle 0 delivered; cycle 1 in flight at the "crash"
                await(() -> journal.acknowledgedPosition() == cycle1Starts);
            } finally {
                sender.stop();
                thread.join(5_000);
            }
        }
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(),
                new ByteArraySerializer());
        try (ReadingJournal journal = ReadingJournal.open(JournalSettings.of(dir))) {
            assertThat(journal.acknowledgedPosition()).isEqualTo(cycle1Starts);
            JournalSender sender = new JournalSender(journal, producer, "t", Duration.ofMillis(50),
                    new AtomicReference<>());
            Thread thread = new Thread(sender, "test-sender-restarted");
            thread.start();
            try {
                await(() -> journal.acknowledgedPosition() == journal.endPosition());
            } finally {
                sender.stop();
                thread.join(5_000);
            }
            assertThat(batches(producer)).extracting(ObdReadingBatch::readings)
                    .as("cycle 1 again, whole, in one record").containsExactly(Readings.cycle(1, 6));
            assertThat(sender.acknowledged()).isEqualTo(6);
            assertThat(journal.counters().backlog()).isZero();
        }
    }

    @Test
    void shouldGroupOnlyConsecutiveEntriesOfOneCycleAndAtMostABatchEach() {
        List<ObdReading> readings = new ArrayList<>(Readings.cycle(0, 3));
        ObdReading last = readings.get(2);
        readings.add(new ObdReading(last.vin(), "LATER", 1, "x", last.capturedAt().plusMillis(1), last.source(),
                last.sequence() + 1, "7E8")); // same car and source, another capture time
        readings.add(new ObdReading(last.vin(), "OTHER_SOURCE", 1, "x", last.capturedAt().plusMillis(1), "elsewhere",
                last.sequence() + 2, "7E8"));
        readings.addAll(Readings.cycle(1, ObdReadingBatch.MAX_READINGS + 2));
        List<JournalEntry> entries = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            entries.add(new JournalEntry(i, i + 1, readings.get(i)));
        }

        List<List<JournalEntry>> records = JournalSender.records(entries);

        assertThat(records).extracting(List::size).containsExactly(3, 1, 1, ObdReadingBatch.MAX_READINGS, 2);
        assertThat(records.stream().flatMap(List::stream).toList()).as("all, in order").isEqualTo(entries);
    }

    private static List<ObdReadingBatch> batches(MockProducer<String, byte[]> producer) {
        return producer.history().stream().map(record -> {
            ObdReadingBatch batch = Events.OBD_READING_BATCH.decode(record.value());
            assertThat(record.key()).isEqualTo(batch.vin());
            return batch;
        }).toList();
    }

    private static List<ObdReading> readings(MockProducer<String, byte[]> producer) {
        return batches(producer).stream().flatMap(batch -> batch.readings().stream()).toList();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
