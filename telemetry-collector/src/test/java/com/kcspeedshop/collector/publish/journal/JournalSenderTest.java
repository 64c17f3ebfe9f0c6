package com.kcspeedshop.collector.publish.journal;

import static com.kcspeedshop.collector.publish.journal.Readings.reading;
import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.Events;
import java.nio.file.Path;
import java.time.Duration;
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
            List<Long> sent = producer.history().stream()
                    .map(r -> Events.OBD_READING.decode(r.value()).sequence()).toList();
            assertThat(sent).as("1 failed: everything from 1 on again, in order").containsExactly(0L, 1L, 2L, 3L, 4L,
                    1L, 2L, 3L, 4L);
            assertThat(producer.history()).allSatisfy(r -> assertThat(r.key()).isEqualTo(
                    Events.OBD_READING.decode(r.value()).vin()));
            assertThat(sender.acknowledged()).isEqualTo(5);
            assertThat(journal.counters().backlog()).isZero();
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
