package com.kcspeedshop.collector.obd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Service 06 (CAN). No real capture with a compatible licence was found in the time available, so these inputs are
 * built by hand from the J1979 layout and the expected values computed from the Unit and Scaling table.
 */
class MonitorTestDecoderTest extends PlausibilityAssertions {

    private final ObdDecoder decoder = ObdDecoder.standard();

    @Test
    void shouldScaleEveryTestRecordAndJudgeItAgainstItsLimits() {
        // MID 01 TID 01 UASID 0A (0.122 mV): value 0x0DAC = 3500 → 427 mV, limits 0x0BB8 = 3000 → 366 mV .. FFFF
        // MID 01 TID 05 UASID 10 (1 ms): value 0x0190 = 400 ms, limits 0 .. 0x012C = 300 ms → fails
        List<ObdDecodeResult> results = decoder.decode("7E8",
                hex("46 01 01 0A 0D AC 0B B8 FF FF 01 05 10 01 90 00 00 01 2C"));
        MonitorResults monitor = (MonitorResults) results.get(0);

        assertThat(monitor.tests()).hasSize(2);
        MonitorTest voltage = monitor.tests().get(0);
        assertThat(voltage.unit()).isEqualTo("mV");
        assertThat(voltage.value()).isCloseTo(3500 * 0.122, within(1e-9));
        assertThat(voltage.min()).isCloseTo(3000 * 0.122, within(1e-9));
        assertThat(voltage.passed()).isTrue();
        MonitorTest time = monitor.tests().get(1);
        assertThat(time).isEqualTo(new MonitorTest(0x01, 0x05, 0x10, 400, 0, 300, "ms", false));
        assertThat(monitor.allPassed()).isFalse();
    }

    @Test
    void shouldReadSignedScalingsAsTwosComplement() {
        // UASID 96 (signed 0x16: 0.1 degC per bit, no offset): FF 9C = -100 → -10.0 degC, limits -20.0 .. +20.0
        MonitorTest test = ((MonitorResults) decoder.decode("7E8",
                hex("46 21 10 96 FF 9C FF 38 00 C8")).get(0)).tests().get(0);
        assertThat(test.unit()).isEqualTo("degC");
        assertThat(test.value()).isCloseTo(-10.0, within(1e-9));
        assertThat(test.min()).isCloseTo(-20.0, within(1e-9));
        assertThat(test.passed()).isTrue();
    }

    @Test
    void shouldUseTheTemperatureOffsetOfTheUnsignedScaling() {
        // UASID 16: 0x0258 = 600 → 600*0.1 - 40 = 20.0 degC
        MonitorTest test = ((MonitorResults) decoder.decode("7E8",
                hex("46 21 10 16 02 58 00 00 FF FF")).get(0)).tests().get(0);
        assertThat(test.value()).isCloseTo(20.0, within(1e-9));
    }

    @Test
    void shouldTurnSupportedMidBitmapsIntoSets() {
        List<ObdDecodeResult> results = decoder.decode("7E8", hex("46 00 C0 00 00 01 20 80 00 00 00"));
        assertThat(results).containsExactly(
                new SupportedPids("7E8", 0x06, 0x00, new java.util.TreeSet<>(List.of(0x01, 0x02, 0x20))),
                new SupportedPids("7E8", 0x06, 0x20, new java.util.TreeSet<>(List.of(0x21))));
    }

    @Test
    void shouldRejectAPartialRecord() {
        DecodeError error = (DecodeError) decoder.decode("7E8", hex("46 01 01 0A 0D AC")).get(0);
        assertThat(error.reason()).contains("not a whole number of 9-byte test records");
    }
}
