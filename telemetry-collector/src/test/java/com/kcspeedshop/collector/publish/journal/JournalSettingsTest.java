package com.kcspeedshop.collector.publish.journal;

import static com.kcspeedshop.collector.publish.journal.Readings.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JournalSettingsTest {

    @TempDir
    Path dir;

    @Test
    void shouldDefaultToSixteenMegabyteSegmentsAQuarterGigabyteAndFsyncEvery100Ms() {
        JournalSettings settings = JournalSettings.of(dir);
        assertThat(settings.segmentSizeBytes()).isEqualTo(16L << 20);
        assertThat(settings.maxSizeBytes()).isEqualTo(256L << 20);
        assertThat(settings.fsync()).isEqualTo(FsyncPolicy.every(Duration.ofMillis(100)));
        assertThat(settings.whenFull()).isEqualTo(FullPolicy.REJECT_NEW);
    }

    @Test
    void shouldRejectSizesThatCannotWork() {
        assertThatThrownBy(() -> JournalSettings.of(dir).withSizes(1024, 1 << 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("segment size must be within 64 KiB");
        assertThatThrownBy(() -> JournalSettings.of(dir).withSizes(1 << 20, (1 << 20) + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two segments");
        assertThatThrownBy(() -> new JournalSettings(null, 1 << 20, 4 << 20, FsyncPolicy.never(), FullPolicy.REJECT_NEW))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("directory");
        assertThatThrownBy(() -> JournalSettings.of(dir).withWhenFull(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("full policy");
    }

    @Test
    void shouldParseAndValidateFsyncPolicies() {
        assertThat(FsyncPolicy.parse("always")).isEqualTo(FsyncPolicy.everyAppend());
        assertThat(FsyncPolicy.parse(" NEVER ")).isEqualTo(FsyncPolicy.never());
        assertThat(FsyncPolicy.parse("250ms")).isEqualTo(FsyncPolicy.every(Duration.ofMillis(250)));
        assertThat(FsyncPolicy.parse("250ms")).hasToString("250ms");
        assertThatThrownBy(() -> FsyncPolicy.parse("sometimes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'always', 'never' or an interval like '100ms'");
        assertThatThrownBy(() -> FsyncPolicy.every(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 ms..10 s");
        assertThatThrownBy(() -> FsyncPolicy.every(Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FsyncPolicy(FsyncPolicy.Mode.NEVER, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes no interval");
    }

    @ParameterizedTest
    @ValueSource(strings = {"always", "5ms", "never"})
    void shouldKeepEveryReadingAcrossAReopenUnderEachFsyncPolicy(String policy) throws InterruptedException {
        JournalSettings settings = JournalSettings.of(dir).withFsync(FsyncPolicy.parse(policy));
        try (ReadingJournal journal = ReadingJournal.open(settings)) {
            for (long i = 0; i < 50; i++) {
                journal.append(reading(i));
            }
            Thread.sleep(20); // lets the 5 ms syncer run at least once while appends are idle
            journal.sync();
        }
        try (ReadingJournal journal = ReadingJournal.open(settings)) {
            assertThat(journal.recovery().backlog()).isEqualTo(50);
            assertThat(journal.recovery().clean()).isTrue();
        }
    }
}
