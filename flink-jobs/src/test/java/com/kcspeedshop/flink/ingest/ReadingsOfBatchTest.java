package com.kcspeedshop.flink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import java.time.Instant;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class ReadingsOfBatchTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:09.500Z");

    @Test
    void shouldEmitEveryReadingInOrderAtItsOwnCaptureTimeAndPassWatermarksOn() throws Exception {
        // a cycle that straddles a 10 s window boundary: its later readings must not land in the earlier window
        ObdReading rpm = reading("ENGINE_RPM", 1, T0);
        ObdReading coolant = reading("COOLANT_TEMP", 2, T0.plusMillis(300));
        ObdReading voltage = reading("CONTROL_MODULE_VOLTAGE", 3, T0.plusMillis(700));
        try (var harness = new OneInputStreamOperatorTestHarness<ObdReadingBatch, ObdReading>(new ReadingsOfBatch())) {
            harness.open();
            harness.processElement(new ObdReadingBatch(List.of(rpm, coolant, voltage)), T0.toEpochMilli());
            harness.processWatermark(T0.toEpochMilli() + 1);
            harness.processElement(ObdReadingBatch.of(reading("ENGINE_RPM", 4, T0.plusSeconds(1))),
                    T0.plusSeconds(1).toEpochMilli());

            List<StreamRecord<? extends ObdReading>> out = harness.extractOutputStreamRecords();
            assertThat(out).extracting(StreamRecord::getValue).extracting(ObdReading::sequence)
                    .containsExactly(1L, 2L, 3L, 4L);
            assertThat(out).extracting(StreamRecord::getTimestamp).containsExactly(T0.toEpochMilli(),
                    T0.toEpochMilli() + 300, T0.toEpochMilli() + 700, T0.toEpochMilli() + 1000);
            assertThat(harness.getOutput()).filteredOn(o -> o instanceof org.apache.flink.streaming.api.watermark
                    .Watermark).hasSize(1);
        }
    }

    private static ObdReading reading(String signal, long sequence, Instant at) {
        return new ObdReading("1HGCM82633A004352", signal, sequence, "x", at, "collector-1", sequence);
    }
}
