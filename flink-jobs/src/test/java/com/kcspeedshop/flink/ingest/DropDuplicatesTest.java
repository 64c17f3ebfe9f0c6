package com.kcspeedshop.flink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.DtcKind;
import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.StateBackend;
import org.apache.flink.runtime.state.hashmap.HashMapStateBackend;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The duplicate filter, driven record by record on both state backends. Running it on RocksDB also proves the native
 * library loads on this machine.
 */
class DropDuplicatesTest {

    private static final String VIN_A = "1HGCM82633A004352";
    private static final String VIN_B = "WVWZZZ1JZXW000001";
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(30);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hashmap", "rocksdb"})
    void shouldDropAJournalReplayOfAlreadySentSequencesAndPassTheNewOnes(String backend) throws Exception {
        DropDuplicates<ObdReadingBatch> function = new DropDuplicates<>(EventKind.OBD_READINGS, TTL);
        try (var harness = harness(function, backend(backend))) {
            for (long seq : new long[] {1, 2, 3, 4, 5}) {
                harness.processElement(reading(VIN_A, "collector-1", seq), 0);
            }
            // the collector lost its acks for 3..5 in an outage and re-sends them, then carries on
            for (long seq : new long[] {3, 4, 5, 6, 7}) {
                harness.processElement(reading(VIN_A, "collector-1", seq), 0);
            }

            assertThat(harness.extractOutputValues()).extracting(ObdReadingBatch::lastSequence)
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
            assertThat(function.droppedCount()).isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hashmap", "rocksdb"})
    void shouldDropAResentCycleAndKeepOnlyTheUnseenReadingsOfAPartlyResentOne(String backend) throws Exception {
        DropDuplicates<ObdReadingBatch> function = new DropDuplicates<>(EventKind.OBD_READINGS, TTL);
        try (var harness = harness(function, backend(backend))) {
            harness.processElement(cycle(VIN_A, "collector-1", 1, 2, 3), 0);
            harness.processElement(cycle(VIN_A, "collector-1", 4, 5, 6), 0);
            harness.processElement(cycle(VIN_A, "collector-1", 4, 5, 6), 0); // the whole cycle again: dropped
            // a journal that regrouped what it re-sends: 5 and 6 were seen, 7 and 8 are new
            harness.processElement(cycle(VIN_A, "collector-1", 5, 6, 7, 8), 0);

            assertThat(harness.extractOutputValues()).extracting(ObdReadingBatch::readings)
                    .extracting(readings -> readings.stream().map(ObdReading::sequence).toList())
                    .containsExactly(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L), List.of(7L, 8L));
            assertThat(function.droppedCount()).isEqualTo(1);
        }
    }

    @Test
    void shouldKeepSourcesAndVehiclesApartBecauseEachHasItsOwnSequence() throws Exception {
        DropDuplicates<ObdReadingBatch> function = new DropDuplicates<>(EventKind.OBD_READINGS, TTL);
        try (var harness = harness(function, new HashMapStateBackend())) {
            harness.processElement(reading(VIN_A, "collector-1", 10), 0);
            harness.processElement(reading(VIN_A, "replay-7", 10), 0);
            harness.processElement(reading(VIN_B, "collector-1", 10), 0);
            harness.processElement(reading(VIN_A, "collector-1", 10), 0);

            assertThat(harness.extractOutputValues()).hasSize(3);
            assertThat(function.droppedCount()).isEqualTo(1);
            assertThat(harness.numKeyedStateEntries()).as("one entry per vehicle, its sources inside").isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hashmap", "rocksdb"})
    void shouldForgetASourceThatStayedSilentLongerThanTheTtl(String backend) throws Exception {
        DropDuplicates<ObdReadingBatch> function = new DropDuplicates<>(EventKind.OBD_READINGS, TTL);
        try (var harness = harness(function, backend(backend))) {
            harness.setStateTtlProcessingTime(0);
            harness.processElement(reading(VIN_A, "collector-1", 5), 0);

            harness.setStateTtlProcessingTime(TTL.toMillis() - 1);
            harness.processElement(reading(VIN_A, "collector-1", 5), 0); // still remembered: dropped
            assertThat(function.droppedCount()).isEqualTo(1);

            harness.setStateTtlProcessingTime(TTL.toMillis() + 1);
            harness.processElement(reading(VIN_A, "collector-1", 5), 0); // forgotten: passes as new

            assertThat(harness.extractOutputValues()).hasSize(2);
            assertThat(function.droppedCount()).isEqualTo(1);
        }
    }

    @Test
    void shouldCleanExpiredEntriesOutOfTheStateInTheBackground() throws Exception {
        DropDuplicates<ObdReadingBatch> function = new DropDuplicates<>(EventKind.OBD_READINGS, TTL);
        try (var harness = harness(function, new HashMapStateBackend())) {
            harness.setStateTtlProcessingTime(0);
            for (int source = 0; source < 3; source++) {
                harness.processElement(reading(VIN_A, "collector-" + source, 1), 0);
            }
            harness.processElement(reading(VIN_B, "collector-new", 1), 0);
            assertThat(harness.numKeyedStateEntries()).isEqualTo(2);

            // VIN_B's source stays active; VIN_A's sources never come back. Heap incremental cleanup checks a few
            // entries on every state access and drops a vehicle once all its sources have expired.
            harness.setStateTtlProcessingTime(TTL.toMillis() - 1);
            harness.processElement(reading(VIN_B, "collector-new", 2), 0);
            harness.setStateTtlProcessingTime(TTL.toMillis() + 1);
            for (long seq = 3; seq <= 7; seq++) {
                harness.processElement(reading(VIN_B, "collector-new", seq), 0);
            }

            assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
            assertThat(harness.numProcessingTimeTimers()).isZero(); // TTL needs no timers
        }
    }

    @Test
    void shouldDeduplicateDtcReportsTheSameWay() throws Exception {
        DropDuplicates<DtcReport> function = new DropDuplicates<>(EventKind.DTC_REPORTS, TTL);
        try (var harness = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(function),
                new VehicleKey<>(EventKind.DTC_REPORTS), Types.STRING)) {
            harness.open();
            DtcReport report = new DtcReport(VIN_A, "elm-1", 7, T0, "7E8", DtcKind.STORED, List.of("P0301"));
            harness.processElement(report, 0);
            harness.processElement(report, 0);

            assertThat(harness.extractOutputValues()).containsExactly(report);
            assertThat(function.droppedCount()).isEqualTo(1);
        }
    }

    @Test
    void shouldForgetTheLowestSequenceSourceBeyondTheLimitPerVehicle() throws Exception {
        DropDuplicates<ObdReadingBatch> function = new DropDuplicates<>(EventKind.OBD_READINGS, TTL);
        try (var harness = harness(function, new HashMapStateBackend())) {
            for (int source = 0; source < DropDuplicates.MAX_SOURCES; source++) {
                harness.processElement(reading(VIN_A, "replay-" + source, 1000 + source), 0);
            }
            harness.processElement(reading(VIN_A, "collector-new", 5000), 0); // one too many: replay-0 is forgotten
            harness.processElement(reading(VIN_A, "replay-1", 1001), 0); // still remembered: dropped
            harness.processElement(reading(VIN_A, "replay-0", 1000), 0); // forgotten: passes again

            assertThat(harness.extractOutputValues()).hasSize(DropDuplicates.MAX_SOURCES + 2);
            assertThat(function.droppedCount()).isEqualTo(1);
        }
    }

    @Test
    void shouldRefuseANonPositiveTtl() {
        assertThatThrownBy(() -> new DropDuplicates<>(EventKind.OBD_READINGS, Duration.ZERO))
                .hasMessageContaining("must be positive");
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, ObdReadingBatch, ObdReadingBatch> harness(
            DropDuplicates<ObdReadingBatch> function, StateBackend backend) throws Exception {
        var harness = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(function),
                new VehicleKey<>(EventKind.OBD_READINGS), Types.STRING);
        harness.setStateBackend(backend);
        harness.open();
        return harness;
    }

    private static StateBackend backend(String name) {
        return name.equals("rocksdb") ? new EmbeddedRocksDBStateBackend() : new HashMapStateBackend();
    }

    /** A batch of one reading. */
    static ObdReadingBatch reading(String vin, String source, long sequence) {
        return ObdReadingBatch.of(single(vin, source, sequence));
    }

    private static ObdReading single(String vin, String source, long sequence) {
        return new ObdReading(vin, "ENGINE_RPM", 800 + sequence, "rpm", T0.plusSeconds(sequence), source, sequence);
    }

    private static ObdReadingBatch cycle(String vin, String source, long... sequences) {
        List<ObdReading> readings = new java.util.ArrayList<>();
        for (long sequence : sequences) {
            readings.add(new ObdReading(vin, "S" + sequence, sequence, "x", T0, source, sequence));
        }
        return new ObdReadingBatch(readings);
    }
}
