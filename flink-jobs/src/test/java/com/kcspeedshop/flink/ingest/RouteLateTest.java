package com.kcspeedshop.flink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.api.Test;

class RouteLateTest {

    private static final OutputTag<ObdReadingBatch> LATE =
            new OutputTag<>("late-obd-readings", TypeInformation.of(ObdReadingBatch.class));
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void shouldRouteEventsAtOrBehindTheWatermarkAsideAndCountThem() throws Exception {
        RouteLate<ObdReadingBatch> function = new RouteLate<>(EventKind.OBD_READINGS, LATE);
        try (OneInputStreamOperatorTestHarness<ObdReadingBatch, ObdReadingBatch> harness =
                     ProcessFunctionTestHarnesses.forProcessFunction(function)) {
            ObdReadingBatch before = at(1, 9_000);
            harness.processElement(before, before.capturedAt().toEpochMilli()); // no watermark yet: on time

            harness.processWatermark(T0.plusMillis(10_000).toEpochMilli());
            ObdReadingBatch behind = at(2, 4_000);
            ObdReadingBatch atWatermark = at(3, 10_000);
            ObdReadingBatch ahead = at(4, 10_001);
            for (ObdReadingBatch r : new ObdReadingBatch[] {behind, atWatermark, ahead}) {
                harness.processElement(r, r.capturedAt().toEpochMilli());
            }

            assertThat(harness.extractOutputValues()).containsExactly(before, ahead);
            assertThat(harness.getSideOutput(LATE)).extracting(StreamRecord::getValue)
                    .containsExactly(behind, atWatermark);
            assertThat(function.lateCount()).isEqualTo(2);
        }
    }

    private static ObdReadingBatch at(long sequence, long millisAfterT0) {
        return ObdReadingBatch.of(new ObdReading("1HGCM82633A004352", "COOLANT_TEMP", 90, "degC",
                T0.plusMillis(millisAfterT0), "collector-1", sequence));
    }
}
