package com.kcspeedshop.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObdReadingBatchTest {

    private static final String VIN = SampleEvents.VIN;
    private static final Instant T = SampleEvents.T;

    private static ObdReading reading(String signal, long sequence, Instant at) {
        return new ObdReading(VIN, signal, sequence * 1.5, "x", at, "elm-1", sequence, "7E8");
    }

    private static ObdReadingBatch cycle(long firstSequence, int size) {
        List<ObdReading> readings = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            readings.add(reading("S" + i, firstSequence + i, T));
        }
        return new ObdReadingBatch(readings);
    }

    @Test
    void theBatchCodecReadsASingleReadingRecordAsABatchOfOne() {
        ObdReading single = reading("ENGINE_RPM", 7, T);
        ObdReadingBatch decoded = Events.OBD_READING_BATCH.decode(Events.OBD_READING.encode(single));
        assertThat(decoded.readings()).containsExactly(single);
        // but not the other way round: a single-reading consumer is told what it got
        byte[] batch = Events.OBD_READING_BATCH.encode(cycle(1, 3));
        assertThatThrownBy(() -> Events.OBD_READING.decode(batch)).isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("ObdReadingBatch");
    }

    @Test
    void aSixReadingCycleIsSmallerThanHalfItsReadingsSentOneByOne() {
        ObdReadingBatch batch = cycle(1_780_000_000_000_000L, 6);
        int single = batch.readings().stream().mapToInt(r -> Events.OBD_READING.encode(r).length).sum();
        assertThat(Events.OBD_READING_BATCH.encode(batch).length).isLessThan(single / 2);
        assertThat(Events.OBD_READING_BATCH.decode(Events.OBD_READING_BATCH.encode(batch))).isEqualTo(batch);
    }

    @Test
    void sequenceGapsAndLaterCaptureTimesRoundTrip() {
        ObdReadingBatch batch = new ObdReadingBatch(List.of(reading("A", 5, T), reading("B", 6, T.plusMillis(3)),
                reading("C", 900_000, T.plusSeconds(2))));
        assertThat(Events.OBD_READING_BATCH.decode(Events.OBD_READING_BATCH.encode(batch))).isEqualTo(batch);
        assertThat(batch.firstSequence()).isEqualTo(5);
        assertThat(batch.lastSequence()).isEqualTo(900_000);
        assertThat(batch.capturedAt()).isEqualTo(T);
        assertThat(batch.vin()).isEqualTo(VIN);
        assertThat(batch.source()).isEqualTo("elm-1");
    }

    @Test
    void rejectsBatchesThatBreakTheInvariants() {
        assertThatThrownBy(() -> new ObdReadingBatch(List.of())).hasMessageContaining("1 to 1024");
        assertThatThrownBy(() -> new ObdReadingBatch(List.of(reading("A", 2, T), reading("B", 2, T))))
                .hasMessageContaining("must increase");
        assertThatThrownBy(() -> new ObdReadingBatch(List.of(reading("A", 2, T), reading("B", 3, T.minusMillis(1)))))
                .hasMessageContaining("must not decrease");
        assertThatThrownBy(() -> new ObdReadingBatch(List.of(reading("A", 2, T), reading("B", 3, T.plusSeconds(3601)))))
                .hasMessageContaining("spans at most");
        ObdReading otherCar = new ObdReading("WDB1240821A123456", "A", 1, "x", T, "elm-1", 9);
        assertThatThrownBy(() -> new ObdReadingBatch(List.of(reading("A", 2, T), otherCar)))
                .hasMessageContaining("one vehicle's readings from one source");
        ObdReading otherSource = new ObdReading(VIN, "A", 1, "x", T, "elm-2", 9);
        assertThatThrownBy(() -> new ObdReadingBatch(List.of(reading("A", 2, T), otherSource)))
                .hasMessageContaining("one vehicle's readings from one source");
    }

    @Test
    void corruptBatchBytesGiveAReasonNotAWrongBatch() {
        byte[] good = Events.OBD_READING_BATCH.encode(cycle(100, 2));
        // the count is the varint right after the header, vin and source (17 + 1 and 5 + 1 bytes)
        int countAt = 3 + 18 + 6;
        assertThat(good[countAt]).isEqualTo((byte) 2);
        byte[] empty = good.clone();
        empty[countAt] = 0;
        assertThatThrownBy(() -> Events.OBD_READING_BATCH.decode(empty)).isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("1 to 1024");
        byte[] huge = Arrays.copyOf(good, good.length);
        huge[countAt] = 0x7F; // 127 readings promised, 2 present
        assertThatThrownBy(() -> Events.OBD_READING_BATCH.decode(huge)).isInstanceOf(EventDecodingException.class);
        // the second reading's sequence step is its second-to-last byte (the ecu "7E8" with its presence byte
        // and length take the last 5): a step of 0 would repeat a sequence
        byte[] repeat = good.clone();
        repeat[repeat.length - 6] = 0;
        assertThatThrownBy(() -> Events.OBD_READING_BATCH.decode(repeat)).isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("does not increase the sequence");
        byte[] truncated = Arrays.copyOf(good, good.length - 1);
        assertThatThrownBy(() -> Events.OBD_READING_BATCH.decode(truncated))
                .isInstanceOf(EventDecodingException.class);
    }

    @Test
    void afterKeepsOnlyTheReadingsSequencedLater() {
        ObdReadingBatch batch = cycle(10, 4); // 10..13
        assertThat(batch.after(9)).isSameAs(batch);
        assertThat(batch.after(13)).isNull();
        assertThat(batch.after(20)).isNull();
        ObdReadingBatch rest = batch.after(11);
        assertThat(rest.readings()).extracting(ObdReading::sequence).containsExactly(12L, 13L);
        assertThat(rest.readings()).containsExactlyElementsOf(batch.readings().subList(2, 4));
    }
}
