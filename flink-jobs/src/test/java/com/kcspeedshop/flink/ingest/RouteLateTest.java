package com.kcspeedshop.flink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.ObdReading;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.api.Test;

class RouteLateTest {

    private static final OutputTag<ObdReading> LATE =
            new OutputTag<>("late-obd-readings", TypeInformation.of(ObdReading.class));
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void shouldRouteEventsAtOrBehindTheWatermarkAsideAndCountThem() throws Exception {
        RouteLate<ObdReading> function = new RouteLate<>(EventKind.OBD_READINGS, LATE);
        try (OneInputStreamOperatorTestHarness<ObdReading, ObdReading> harness =
                     ProcessFunctionTestHarnesses.forProcessFunction(function)) {
            ObdReading before = at(1, 9_000);
            harness.processElement(before, before.capturedAt().toEpochMilli()); // no watermark yet: on time

            harness.processWatermark(T0.plusMillis(10_000).toEpochMilli());
            ObdReading behind = at(2, 4_000);
            ObdReading atWatermark = at(3, 10_000);
            ObdReading ahead = at(4, 10_001);
            for (ObdReading r : new ObdReading[] {behind, atWatermark, ahead}) {
                harness.processElement(r, r.capturedAt().toEpochMilli());
            }

            assertThat(harness.extractOutputValues()).containsExactly(before, ahead);
            assertThat(harness.getSideOutput(LATE)).extracting(StreamRecord::getValue)
                    .containsExactly(behind, atWatermark);
            assertThat(function.lateCount()).isEqualTo(2);
        }
    }

    private static ObdReading at(long sequence, long millisAfterT0) {
        return new ObdReading("1HGCM82633A004352", "COOLANT_TEMP", 90, "degC", T0.plusMillis(millisAfterT0),
                "collector-1", sequence);
    }
}
