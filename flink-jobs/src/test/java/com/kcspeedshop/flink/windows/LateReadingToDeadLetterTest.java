package com.kcspeedshop.flink.windows;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import java.time.Instant;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class LateReadingToDeadLetterTest {

    @Test
    void shouldTurnALateReadingIntoADeadLetterThatKeepsTheReadingAndSaysWhy() throws Exception {
        ObdReading late = new ObdReading("1HGCM82633A004352", "ENGINE_RPM", 900, "rpm",
                Instant.parse("2026-01-01T00:00:04Z"), "collector-1", 12);
        try (OneInputStreamOperatorTestHarness<ObdReading, DeadLetter> harness = ProcessFunctionTestHarnesses
                .forProcessFunction(new LateReadingToDeadLetter("telemetry.obd-readings.v1", "signal-windows"))) {
            harness.processWatermark(Instant.parse("2026-01-01T00:00:12Z").toEpochMilli());

            harness.processElement(late, late.capturedAt().toEpochMilli());

            assertThat(harness.extractOutputValues()).singleElement().satisfies(letter -> {
                assertThat(letter.sourceTopic()).isEqualTo("telemetry.obd-readings.v1");
                assertThat(letter.partition()).isEqualTo(-1);
                assertThat(letter.offset()).isEqualTo(-1);
                assertThat(letter.reason()).isEqualTo("late reading: captured at 2026-01-01T00:00:04Z but the "
                        + "event-time watermark was already at 2026-01-01T00:00:12Z, its window had closed");
                assertThat(Events.OBD_READING.decode(letter.payload())).isEqualTo(late);
            });
        }
    }
}
