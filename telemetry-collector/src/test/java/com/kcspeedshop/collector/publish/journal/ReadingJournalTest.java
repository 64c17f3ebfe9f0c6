package com.kcspeedshop.collector.publish.journal;

import static com.kcspeedshop.collector.publish.journal.Readings.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingJournalTest {

    private static final long SEGMENT = 64 * 1024;

    @TempDir
    Path dir;

    private JournalSettings settings() {
        return JournalSettings.of(dir).withSizes(SEGMENT, 64 * SEGMENT);
    }

    @Test
    void shouldReadBackEveryReadingInAppendOrderAcrossSegmentBoundaries() throws IOException {
        try (ReadingJournal journal = ReadingJournal.open(settings())) {
            List<Long> positions = new ArrayList<>();
            for (long i = 0; i < 2_000; i++) {
                positions.add(journal.append(reading(i)));
            }
            assertThat(segmentFiles()).as("2,000 readings of 82 bytes in 64 KiB segments").hasSizeGreaterThanOrEqualTo(3);
            assertThat(positions).isSorted().doesNotHaveDuplicates();

            List<JournalEntry> all = readAll(journal, journal.acknowledgedPosition(), 300);
            assertThat(all).extracting(e -> e.reading().sequence()).containsExactlyElementsOf(range(0, 2_000));
            assertThat(all).extracting(JournalEntry::position).containsExactlyElementsOf(positions);
            assertThat(all.get(all.size() - 1).nextPosition()).isEqualTo(journal.endPosition());
            assertThat(journal.counters().backlog()).isEqualTo(2_000);
        }
    }

    @Test
    void shouldResumeFromTheAcknowledgedPositionAfterReopening() {
        long ackAt;
        try (ReadingJournal journal = ReadingJournal.open(settings())) {
            for (long i = 0; i < 100; i++) {
                journal.append(reading(i));
            }
            ackAt = journal.readFrom(0, 40).get(39).nextPosition();
            journal.acknowledge(ackAt);
            assertThat(journal.counters().backlog()).isEqualTo(60);
        }
        try (ReadingJournal journal = ReadingJournal.open(settings())) {
            assertThat(journal.recovery().backlog()).isEqualTo(60);
            assertThat(journal.recovery().clean()).isTrue();
            assertThat(journal.acknowledgedPosition()).isEqualTo(ackAt);
            long next = journal.append(reading(100));
            assertThat(next).isGreaterThan(ackAt);
            assertThat(readAll(journal, journal.acknowledgedPosition(), 1_000))
                    .extracting(e -> e.reading().sequence()).containsExactlyElementsOf(range(40, 101));
        }
    }

    @Test
    void shouldDeleteOnlySegmentsThatAreFullyAcknowledged() throws IOException {
        try (ReadingJournal journal = ReadingJournal.open(settings())) {
            for (long i = 0; i < 2_000; i++) {
                journal.append(reading(i));
            }
            List<Path> before = segmentFiles();
            long secondBase = baseOf(before.get(1));
            List<JournalEntry> all = readAll(journal, 0, 500);
            JournalEntry lastOfFirst = all.stream().filter(e -> e.nextPosition() == secondBase).findFirst().orElseThrow();

            journal.acknowledge(lastOfFirst.position()); // everything but the last record of segment 1
            assertThat(segmentFiles()).isEqualTo(before);
            journal.acknowledge(lastOfFirst.nextPosition());
            assertThat(segmentFiles()).isEqualTo(before.subList(1, before.size()));
            journal.acknowledge(lastOfFirst.position()); // going back is ignored
            assertThat(journal.acknowledgedPosition()).isEqualTo(secondBase);

            journal.acknowledge(journal.endPosition());
            assertThat(segmentFiles()).as("the active segment stays").hasSize(1);
            assertThat(journal.counters().backlog()).isZero();
            assertThat(journal.counters().oldestUnacknowledgedAt()).isNull();
            assertThat(journal.readFrom(0, 10)).isEmpty();
        }
    }

    @Test
    void shouldRejectAcknowledgingBeyondTheEnd() {
        try (ReadingJournal journal = ReadingJournal.open(settings())) {
            journal.append(reading(1));
            assertThatThrownBy(() -> journal.acknowledge(journal.endPosition() + 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the journal ends at");
        }
    }

    @Test
    void shouldReportTheCaptureTimeOfTheOldestUnacknowledgedReading() {
        try (ReadingJournal journal = ReadingJournal.open(settings())) {
            assertThat(journal.counters().oldestUnacknowledgedAt()).isNull();
            for (long i = 0; i < 10; i++) {
                journal.append(reading(i));
            }
            assertThat(journal.counters().oldestUnacknowledgedAt()).isEqualTo(reading(0).capturedAt());
            journal.acknowledge(journal.readFrom(0, 3).get(2).nextPosition());
            assertThat(journal.counters().oldestUnacknowledgedAt()).isEqualTo(reading(3).capturedAt());
        }
    }

    @Test
    void shouldRefuseNewReadingsWhenFullAndCountThemAsDroppedAtSource() {
        JournalSettings small = JournalSettings.of(dir).withSizes(SEGMENT, 2 * SEGMENT);
        try (ReadingJournal journal = ReadingJournal.open(small)) {
            long accepted = appendUntilFull(journal, 10_000);
            assertThat(accepted).isBetween(1_500L, 1_700L);
            assertThatThrownBy(() -> journal.append(reading(10_001))).isInstanceOf(JournalFullException.class)
                    .hasMessageContaining("is full").hasMessageContaining("dropped at source");
            assertThat(journal.counters().droppedAtSource()).isEqualTo(2);
            assertThat(journal.counters().sizeBytes()).isLessThanOrEqualTo(2 * SEGMENT);
            assertThat(readAll(journal, 0, 500)).extracting(e -> e.reading().sequence())
                    .containsExactlyElementsOf(range(0, accepted));

            journal.acknowledge(journal.endPosition());
            journal.append(reading(20_000));
            assertThat(journal.readFrom(journal.acknowledgedPosition(), 10)).hasSize(1);
        }
    }

    @Test
    void shouldDropTheOldestSegmentWhenFullUnderDropOldestAndCountWhatWasLost() {
        JournalSettings small = JournalSettings.of(dir).withSizes(SEGMENT, 2 * SEGMENT).withWhenFull(FullPolicy.DROP_OLDEST);
        try (ReadingJournal journal = ReadingJournal.open(small)) {
            for (long i = 0; i < 5_000; i++) {
                journal.append(reading(i));
            }
            JournalCounters counters = journal.counters();
            assertThat(counters.droppedOldest()).isPositive();
            assertThat(counters.droppedAtSource()).isZero();
            assertThat(counters.backlog()).isEqualTo(5_000 - counters.droppedOldest());
            assertThat(counters.sizeBytes()).isLessThanOrEqualTo(2 * SEGMENT);
            assertThat(readAll(journal, 0, 500)).extracting(e -> e.reading().sequence())
                    .containsExactlyElementsOf(range(counters.droppedOldest(), 5_000));
        }
    }

    @Test
    void shouldRefuseASecondJournalOnTheSameDirectory() {
        try (ReadingJournal journal = ReadingJournal.open(settings())) {
            assertThatThrownBy(() -> ReadingJournal.open(settings())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
        }
        ReadingJournal.open(settings()).close(); // released on close
    }

    @Test
    void shouldFailWhenClosed() {
        ReadingJournal journal = ReadingJournal.open(settings());
        journal.close();
        journal.close();
        assertThatThrownBy(() -> journal.append(reading(1))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    static long appendUntilFull(ReadingJournal journal, long max) {
        for (long i = 0; i < max; i++) {
            try {
                journal.append(reading(i));
            } catch (JournalFullException e) {
                return i;
            }
        }
        throw new AssertionError("journal never filled up");
    }

    static List<JournalEntry> readAll(ReadingJournal journal, long from, int batch) {
        List<JournalEntry> all = new ArrayList<>();
        long position = from;
        for (List<JournalEntry> next = journal.readFrom(position, batch); !next.isEmpty();
             next = journal.readFrom(position, batch)) {
            all.addAll(next);
            position = next.get(next.size() - 1).nextPosition();
        }
        return all;
    }

    static List<Long> range(long fromInclusive, long toExclusive) {
        return LongStream.range(fromInclusive, toExclusive).boxed().toList();
    }

    private List<Path> segmentFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".journal")).sorted().toList();
        }
    }

    private static long baseOf(Path segment) {
        String name = segment.getFileName().toString();
        return Long.parseLong(name.substring(0, name.indexOf('.')));
    }
}
