package com.kcspeedshop.flink.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.SignalWindow;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.types.PojoTestUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecodeOrDeadLetterTest {

    private static final String TOPIC = "telemetry.obd-readings.v1";
    private static final ObdReading READING = new ObdReading("1HGCM82633A004352", "ENGINE_RPM", 812.5, "rpm",
            Instant.parse("2026-01-01T00:00:01Z"), "collector-1", 7, "7E8");

    private OneInputStreamOperatorTestHarness<KafkaRecord, ObdReading> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = ProcessFunctionTestHarnesses.forProcessFunction(
                new DecodeOrDeadLetter<>(ObdReading.class, "signal-windows"));
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    @Test
    void shouldEmitDecodedReadings() throws Exception {
        harness.processElement(record(3, 41, Events.OBD_READING.encode(READING)), 0);

        assertThat(harness.extractOutputValues()).containsExactly(READING);
        assertThat(harness.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS)).isNullOrEmpty();
    }

    @Test
    void shouldRouteUndecodableRecordsWithReasonAndCoordinatesAndKeepGoing() throws Exception {
        byte[] json = "{\"vin\":\"1HGCM82633A004352\"}".getBytes(StandardCharsets.UTF_8);
        Instant before = Instant.now();

        harness.processElement(record(2, 17, json), 0);
        harness.processElement(record(2, 18, Events.OBD_READING.encode(READING)), 0);

        assertThat(harness.extractOutputValues()).containsExactly(READING);
        assertThat(harness.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS)).extracting(StreamRecord::getValue)
                .singleElement().satisfies(letter -> {
                    assertThat(letter.sourceTopic()).isEqualTo(TOPIC);
                    assertThat(letter.partition()).isEqualTo(2);
                    assertThat(letter.offset()).isEqualTo(17);
                    assertThat(letter.consumer()).isEqualTo("signal-windows");
                    assertThat(letter.reason()).contains("not a KC Speedshop event").contains("0x7B");
                    assertThat(letter.payload()).isEqualTo(json);
                    assertThat(letter.failedAt()).isAfterOrEqualTo(before);
                });
    }

    @Test
    void shouldRouteEmptyAndNullValuesAndEventsOfAnotherType() throws Exception {
        SignalWindow window = new SignalWindow("1HGCM82633A004352", "ENGINE_RPM", "rpm",
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:10Z"), 1, 2, 1.5, 2);
        harness.processElement(record(0, 1, null), 0);
        harness.processElement(record(0, 2, new byte[0]), 0);
        harness.processElement(record(0, 3, Events.SIGNAL_WINDOW.encode(window)), 0);

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(harness.getSideOutput(DecodeOrDeadLetter.DEAD_LETTERS)).extracting(StreamRecord::getValue)
                .extracting(DeadLetter::offset, DeadLetter::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "empty record, expected a ObdReading"),
                        org.assertj.core.groups.Tuple.tuple(2L, "empty record, expected a ObdReading"),
                        org.assertj.core.groups.Tuple.tuple(3L,
                                "expected a ObdReading (tag 1) but got tag 3 (SignalWindow)"));
    }

    @Test
    void shouldRefuseATypeWithoutCodecWhenTheJobIsBuilt() {
        assertThatThrownBy(() -> new DecodeOrDeadLetter<>(String.class, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.String");
    }

    @Test
    void rawRecordIsSerializedAsAPojoNotWithKryo() {
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(KafkaRecord.class);
    }

    private static KafkaRecord record(int partition, long offset, byte[] value) {
        return new KafkaRecord(TOPIC, partition, offset, 0L, "1HGCM82633A004352".getBytes(StandardCharsets.UTF_8),
                value);
    }
}
