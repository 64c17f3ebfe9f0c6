package com.kcspeedshop.collector.elm327.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.collector.transport.Transport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulator's wire output, byte for byte, read through a raw transport (no session in between). */
class Elm327EmulatorTest {

    private static final EmulatorSettings FAST = EmulatorSettings.defaults()
            .withTiming(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    private Transport link;

    @BeforeEach
    void plugIn() throws IOException {
        link = new Elm327Emulator(FAST).inMemoryTransport();
        link.open();
    }

    @AfterEach
    void unplug() {
        link.close();
    }

    private String exchange(String command) throws IOException {
        link.write((command + "\r").getBytes(StandardCharsets.US_ASCII));
        StringBuilder out = new StringBuilder();
        byte[] buffer = new byte[256];
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (out.indexOf(">") < 0 && System.nanoTime() < deadline) {
            int n = link.read(buffer, Duration.ofMillis(100));
            out.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        }
        return out.toString();
    }

    @Test
    void shouldAnswerAtzWithEchoBlankLinesBannerAndPrompt() throws IOException {
        assertThat(exchange("ATZ")).isEqualTo("ATZ\r\r\rELM327 v1.4b\r\r>");
        assertThat(exchange("ATE0")).isEqualTo("ATE0\rOK\r\r>");
        assertThat(exchange("AT I")).isEqualTo("ELM327 v1.4b\r\r>");
    }

    @Test
    void shouldSearchOnceThenReportTheProtocol() throws IOException {
        exchange("ATE0");
        assertThat(exchange("ATDP")).isEqualTo("AUTO\r\r>");
        assertThat(exchange("0100")).isEqualTo("SEARCHING...\r41 00 9E 1B 80 01\r41 00 00 08 00 00\r\r>");
        assertThat(exchange("ATDPN")).isEqualTo("A6\r\r>");
        assertThat(exchange("ATDP")).isEqualTo("AUTO, ISO 15765-4 (CAN 11/500)\r\r>");
    }

    @Test
    void shouldFormatFramesWithHeadersSpacesAndLinefeedsAsAsked() throws IOException {
        exchange("ATE0");
        exchange("ATSP6");
        exchange("ATH1");
        // headers on show the whole 8-byte frame: PCI length byte, data, then the ECU's 00 padding
        assertThat(exchange("03")).isEqualTo("7E8 06 43 02 03 01 04 20 00\r7E9 02 43 00 00 00 00 00 00\r\r>");
        exchange("ATS0");
        exchange("ATL1");
        assertThat(exchange("0120")).isEqualTo("7E80641200000000100\r\n\r\n>");
        exchange("ATH0");
        assertThat(exchange("0140")).isEqualTo("414040000000\r\n\r\n>");
    }

    @Test
    void shouldAnswerSeveralPidsInOneIsoTpMessage() throws IOException {
        exchange("ATE0");
        exchange("ATSP6");
        String answer = exchange("01 04 05 0F 11");
        // engine: 41 + 4 × (pid, value) = 9 bytes, so a first frame and one consecutive frame
        assertThat(answer).startsWith("009\r0: 41 04 ").contains("\r1: ");
        assertThat(exchange("01 01 04 05 06 07 0C 0D")).isEqualTo("?\r\r>");
    }

    @Test
    void shouldPickTheWrongProtocolErrorsAnElm327Prints() throws IOException {
        exchange("ATE0");
        exchange("ATSP3");
        assertThat(exchange("0100")).isEqualTo("BUS INIT: ...ERROR\r\r>");
        exchange("ATSPA");
        assertThat(exchange("0100")).isEqualTo("CAN ERROR\r\r>");
        assertThat(exchange("ATXYZ")).isEqualTo("?\r\r>");
    }

    @Test
    void shouldProducePlausibleLiveValuesOverADriveCycle() {
        MutableClock clock = new MutableClock();
        CarModel car = new CarModel(clock);
        for (int s = 0; s < 600; s++) {
            clock.now = clock.now.plusSeconds(1);
            assertThat(car.rpm()).isBetween(700.0, 3_200.0);
            assertThat(car.speedKmh()).isBetween(0.0, 100.0);
            assertThat(car.coolantC()).isBetween(20.0, 90.0);
            assertThat(car.moduleVolts()).isBetween(13.8, 14.4);
            assertThat(car.shortTermTrimPercent()).isBetween(-3.0, 3.0);
            assertThat(car.loadPercent()).isBetween(0.0, 100.0);
            assertThat(car.mafGramsPerSecond()).isBetween(1.0, 60.0);
            if (car.speedKmh() == 0) {
                assertThat(car.rpm()).isLessThan(800);
            }
        }
        assertThat(car.coolantC()).isGreaterThan(85);
    }

    @Test
    void shouldEncodeRpmAsFourTimesTheValue() {
        MutableClock clock = new MutableClock();
        ObdResponder responder = new ObdResponder(new CarModel(clock), FAST);
        byte[] payload = responder.respond(HexFormat.of().parseHex("010C")).get(0).payload();
        double rpm = ((payload[2] & 0xFF) * 256 + (payload[3] & 0xFF)) / 4.0;
        assertThat(rpm).isBetween(760.0, 800.0);
        assertThat(responder.served(0x01, 0x0C)).isEqualTo(1);
    }

    @Test
    void shouldRejectBadSettingsWithClearMessages() {
        assertThatThrownBy(() -> FAST.withTiming(Duration.ofSeconds(9), Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("OBD latency must be within 0..5000 ms");
        assertThatThrownBy(() -> new EmulatorSettings(AdapterModel.ELM327_V21, Set.of(), Duration.ZERO, Duration.ZERO,
                Duration.ZERO, 0, 1, "1KCSP00D5RS12345O", Set.of()))
                .hasMessageContaining("VIN must be 17 characters");
        assertThatThrownBy(() -> FAST.withErrorRate(1.5)).hasMessageContaining("error rate must be within 0..0.9");
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-25T08:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }
    }
}
