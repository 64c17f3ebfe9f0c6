package com.kcspeedshop.collector.obd;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.ObdReading;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ObdReadingsTest {

    private static final String VIN = "1D4GP00R55B123456";
    private static final Instant AT = Instant.parse("2026-11-25T07:00:00Z");

    private final ObdDecoder decoder = ObdDecoder.standard();

    @Test
    void shouldTurnEveryMeasuredCurrentValueIntoAReadingWithTheEcuAndTheNextSequence() {
        // ELM327 data sheet multi-PID reply (see CurrentDataDecoderTest) plus the monitor status, whose states are skipped
        List<ObdDecodeResult> results = new java.util.ArrayList<>(
                decoder.decode("7E8", Hex.parse("41 04 3F 05 44 0B 21 0C 17 B8")));
        results.addAll(decoder.decode("7E8", Hex.parse("41 01 81 07 65 04")));
        AtomicLong sequence = new AtomicLong(41);

        List<ObdReading> readings = ObdReadings.toReadings(results, VIN, AT, "collector-1", sequence::incrementAndGet);

        assertThat(readings).extracting(ObdReading::signal)
                .containsExactly("ENGINE_LOAD", "COOLANT_TEMP", "INTAKE_MAP", "ENGINE_RPM", "DTC_COUNT");
        assertThat(readings.get(3)).isEqualTo(
                new ObdReading(VIN, "ENGINE_RPM", 1518.0, "rpm", AT, "collector-1", 45, "7E8"));
        assertThat(readings.get(1).unit()).isEqualTo("degC");
    }

    @Test
    void shouldSkipFreezeFramesDtcsAndErrors() {
        List<ObdDecodeResult> results = new java.util.ArrayList<>(
                decoder.decode("7E8", Hex.parse("42 0C 00 0F A0")));
        results.addAll(decoder.decode("7E8", Hex.parse("43 01 33 00 00 00 00")));
        results.addAll(decoder.decode("7E8", Hex.parse("7F 01 31")));

        assertThat(ObdReadings.toReadings(results, VIN, AT, "collector-1", () -> 0)).isEmpty();
    }
}
