package com.kcspeedshop.collector.publish.journal;

import static com.kcspeedshop.collector.publish.journal.Readings.reading;
import static com.kcspeedshop.collector.publish.journal.ReadingJournalTest.range;
import static com.kcspeedshop.collector.publish.journal.ReadingJournalTest.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Damage written by hand into the files, then reopened: what a crash, a power cut or a bad disk leaves behind. */
class JournalRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void shouldTruncateATornTailFilledWithGarbageAndReportTheBytesDropped() throws IOException {
        List<JournalEntry> written = writeAndClose(10);
        JournalEntry last = written.get(9);
        long recordSize = last.nextPosition() - last.position();
        long cut = last.position() + recordSize / 2; // the last record half-written
        byte[] garbage = new byte[37];
        new Random(7).nextBytes(garbage);
        try (FileChannel file = FileChannel.open(onlySegment(), StandardOpenOption.WRITE)) {
            file.truncate(cut);
            file.write(ByteBuffer.wrap(garbage), cut);
        }

        try (ReadingJournal journal = ReadingJournal.open(JournalSettings.of(dir))) {
            RecoveryReport report = journal.recovery();
            assertThat(report.tornBytesTruncated()).isEqualTo(recordSize / 2 + garbage.length);
            assertThat(report.backlog()).isEqualTo(9);
            assertThat(report.clean()).isFalse();
            assertThat(journal.endPosition()).isEqualTo(last.position());
            assertThat(Files.size(onlySegment())).isEqualTo(last.position());

            journal.append(reading(10));
            assertThat(readAll(journal, 0, 100)).extracting(e -> e.reading().sequence())
                    .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 10L);
        }
    }

    @Test
    void shouldDropARecordWhoseLengthWasCutShort() throws IOException {
        List<JournalEntry> written = writeAndClose(3);
        try (FileChannel file = FileChannel.open(onlySegment(), StandardOpenOption.WRITE)) {
            file.truncate(written.get(2).position() + 3); // not even a whole length field
        }
        try (ReadingJournal journal = ReadingJournal.open(JournalSettings.of(dir))) {
            assertThat(journal.recovery().tornBytesTruncated()).isEqualTo(3);
            assertThat(journal.readFrom(0, 10)).hasSize(2);
        }
    }

    /** Offset 1 damages the length field, offset 12 the payload: either way only that one reading is lost. */
    @ParameterizedTest
    @ValueSource(ints = {1, 5, 12})
    void shouldSkipACorruptRecordInTheMiddleOfASegmentAndReportIt(int byteInRecord) throws IOException {
        List<JournalEntry> written = writeAndClose(10);
        JournalEntry victim = written.get(4);
        flipByte(onlySegment(), victim.position() + byteInRecord);

        try (ReadingJournal journal = ReadingJournal.open(JournalSettings.of(dir))) {
            RecoveryReport report = journal.recovery();
            assertThat(report.corruptRegions()).isEqualTo(1);
            assertThat(report.corruptBytes()).isEqualTo(victim.nextPosition() - victim.position());
            assertThat(report.tornBytesTruncated()).isZero();
            assertThat(report.backlog()).isEqualTo(9);
            assertThat(readAll(journal, 0, 3)).extracting(e -> e.reading().sequence())
                    .containsExactly(0L, 1L, 2L, 3L, 5L, 6L, 7L, 8L, 9L);
            assertThat(journal.counters().corruptRegions()).as("counted once, not on every read").isEqualTo(1);
        }
    }

    @Test
    void shouldResendEverythingWhenTheAcknowledgedPositionIsUnreadable() throws IOException {
        try (ReadingJournal journal = ReadingJournal.open(JournalSettings.of(dir))) {
            for (long i = 0; i < 20; i++) {
                journal.append(reading(i));
            }
            journal.acknowledge(journal.readFrom(0, 10).get(9).nextPosition());
        }
        Files.write(dir.resolve("acked"), new byte[] {1, 2, 3});
        try (ReadingJournal journal = ReadingJournal.open(JournalSettings.of(dir))) {
            assertThat(journal.recovery().backlog()).as("duplicates downstream beat losing readings").isEqualTo(20);
            assertThat(readAll(journal, journal.acknowledgedPosition(), 7)).extracting(e -> e.reading().sequence())
                    .containsExactlyElementsOf(range(0, 20));
        }
    }

    @Test
    void shouldRecoverAReadingAcknowledgedCrashedJournalWithNothingLeftToSend() {
        try (ReadingJournal journal = ReadingJournal.open(JournalSettings.of(dir))) {
            journal.append(reading(1));
            journal.acknowledge(journal.endPosition());
        }
        try (ReadingJournal journal = ReadingJournal.open(JournalSettings.of(dir))) {
            assertThat(journal.recovery().backlog()).isZero();
            assertThat(journal.recovery().clean()).isTrue();
        }
    }

    @Test
    void shouldFailFastOnAFileThatIsNotASegment() throws IOException {
        writeAndClose(2);
        Files.writeString(dir.resolve("00000000000000999999.journal"), "somebody else's file");
        assertThatThrownBy(() -> ReadingJournal.open(JournalSettings.of(dir)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not a KC Speedshop journal segment");
    }

    private List<JournalEntry> writeAndClose(int count) {
        try (ReadingJournal journal = ReadingJournal.open(JournalSettings.of(dir))) {
            for (long i = 0; i < count; i++) {
                journal.append(reading(i));
            }
            return journal.readFrom(0, count);
        }
    }

    private Path onlySegment() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> segments = files.filter(p -> p.toString().endsWith(".journal")).toList();
            assertThat(segments).hasSize(1);
            return segments.get(0);
        }
    }

    private static void flipByte(Path file, long offset) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, offset);
            one.put(0, (byte) (one.get(0) ^ 0x5A));
            channel.write(one.rewind(), offset);
        }
    }
}
