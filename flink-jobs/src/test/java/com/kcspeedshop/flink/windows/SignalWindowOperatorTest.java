package com.kcspeedshop.flink.windows;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.SignalWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.transformations.OneInputTransformation;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The job's window operator (built by {@link SignalWindowJob#windowed}) driven record by record and watermark by watermark. */
class SignalWindowOperatorTest {

    private static final String VIN = "1HGCM82633A004352";
    private static final String OTHER_VIN = "WVWZZZ1JZXW000001";
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private KeyedOneInputStreamOperatorTestHarness<String, ObdReading, SignalWindow> harness;

    @BeforeEach
    void openHarness() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        WindowTiming timing = new WindowTiming(Duration.ofSeconds(10), Duration.ofSeconds(3), Duration.ZERO);
        var windowed = SignalWindowJob.windowed(env.fromData(reading(VIN, "ENGINE_RPM", 1, 0)), timing);
        @SuppressWarnings("unchecked")
        var transformation = (OneInputTransformation<ObdReading, SignalWindow>) windowed.getTransformation();
        harness = new KeyedOneInputStreamOperatorTestHarness<>(transformation.getOperatorFactory(),
                new VehicleSignalKey(), Types.STRING);
        harness.open();
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    @Test
    void shouldEmitMinMaxMeanAndCountPerVehicleAndSignalWhenTheWatermarkPassesTheWindowEnd() throws Exception {
        process(reading(VIN, "ENGINE_RPM", 800, 1_000));
        process(reading(VIN, "ENGINE_RPM", 1_200, 9_999));
        process(reading(VIN, "ENGINE_RPM", 1_000, 5_000));
        process(reading(VIN, "COOLANT_TEMP", 90, 2_000));
        process(reading(OTHER_VIN, "ENGINE_RPM", 3_000, 3_000));
        process(reading(VIN, "ENGINE_RPM", 5_000, 10_000)); // first reading of the next window

        watermark(9_998);
        assertThat(harness.extractOutputValues()).as("window [0, 10 s) is still open").isEmpty();

        watermark(9_999);
        assertThat(harness.extractOutputValues()).containsExactlyInAnyOrder(
                window(VIN, "ENGINE_RPM", 0, 800, 1_200, 1_000, 3),
                window(VIN, "COOLANT_TEMP", 0, 90, 90, 90, 1),
                window(OTHER_VIN, "ENGINE_RPM", 0, 3_000, 3_000, 3_000, 1));
    }

    @Test
    void shouldClearStateAndTimersOnceEveryWindowHasFired() throws Exception {
        process(reading(VIN, "ENGINE_RPM", 800, 1_000));
        process(reading(VIN, "ENGINE_RPM", 900, 12_000));
        assertThat(harness.numKeyedStateEntries()).isPositive();

        watermark(19_999);

        assertThat(harness.extractOutputValues()).hasSize(2);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void shouldRouteReadingsForAnAlreadyFiredWindowToTheLateSideOutput() throws Exception {
        process(reading(VIN, "ENGINE_RPM", 800, 1_000));
        watermark(10_500);
        ObdReading late = reading(VIN, "ENGINE_RPM", 7_000, 4_000);

        process(late);
        watermark(30_000);

        assertThat(harness.extractOutputValues()).containsExactly(window(VIN, "ENGINE_RPM", 0, 800, 800, 800, 1));
        assertThat(harness.getSideOutput(SignalWindowJob.LATE_READINGS)).extracting(StreamRecord::getValue)
                .containsExactly(late);
    }

    @Test
    void shouldKeepTheMeanWithinMinAndMaxDespiteRounding() throws Exception {
        // 0.1 + 0.1 + 0.1 = 0.30000000000000004, and / 3 is a hair above 0.1: SignalWindow would reject that
        for (int i = 0; i < 3; i++) {
            process(reading(VIN, "O2_VOLTAGE", 0.1, 100 * i));
        }
        harness.processWatermark(Long.MAX_VALUE);

        List<SignalWindow> windows = harness.extractOutputValues();
        assertThat(windows).singleElement().satisfies(w -> {
            assertThat(w.mean()).isEqualTo(0.1);
            assertThat(w.count()).isEqualTo(3);
        });
    }

    /** Advances event time to T0 + offset. */
    private void watermark(long offsetMillis) throws Exception {
        harness.processWatermark(T0.toEpochMilli() + offsetMillis);
    }

    private void process(ObdReading reading) throws Exception {
        harness.processElement(reading, reading.capturedAt().toEpochMilli());
    }

    private static ObdReading reading(String vin, String signal, double value, long offsetMillis) {
        return new ObdReading(vin, signal, value, "x", T0.plusMillis(offsetMillis), "test", offsetMillis);
    }

    private static SignalWindow window(String vin, String signal, long startMillis, double min, double max,
                                       double mean, long count) {
        Instant start = T0.plusMillis(startMillis);
        return new SignalWindow(vin, signal, "x", start, start.plusSeconds(10), min, max, mean, count);
    }
}
