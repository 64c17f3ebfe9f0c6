package com.kcspeedshop.collector.elm327.response;

import static com.kcspeedshop.collector.elm327.response.CanFramingTest.message;
import static com.kcspeedshop.collector.elm327.response.CanFramingTest.messagesOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** ISO 9141-2, ISO 14230-4 and SAE J1850 framing; see {@link Captures} for sources. */
class LegacyFramingTest {

    private final ElmResponseParser parser = new ElmResponseParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ISO_9141_2,    48 6B 10 41 0C 1A F8 22",
        "SAE_J1850_PWM, 41 6B 10 41 0C 1A F8 3D",
        "SAE_J1850_VPW, 48 6B 10 41 0C 1A F8 B2",
        "ISO_14230_4,   84 F1 10 41 0C 1A F8 E4",
        "ISO_14230_4,   80 F1 10 04 41 0C 1A F8 E4",
    })
    void shouldStripHeaderAndVerifiedCheckByteAndNameTheSourceAddress(ProtocolFamily family, String line) {
        var response = parser.parse("010C", line + "\r", ResponseFormat.withHeaders(family));

        assertThat(messagesOf(response)).containsExactly(message("10", "41 0C 1A F8"));
        assertThat(response.dropped()).isEmpty();
    }

    @Test
    void shouldRecogniseLegacyHeadersInAutoModeByTheirCheckByte() {
        String raw = Captures.BUILT_ISO9141_010C + Captures.BUILT_J1850PWM_010C + Captures.BUILT_KWP_010C;

        var response = parser.parse("010C", raw, ResponseFormat.AUTO_DETECT);

        assertThat(messagesOf(response)).extracting(EcuMessage::hex).containsOnly("41 0C 1A F8").hasSize(3);
    }

    @Test
    void shouldDropAFrameWhoseChecksumDoesNotVerify() {
        var response = parser.parse("010C", "48 6B 10 41 0C 1A F8 23\r",
                ResponseFormat.withHeaders(ProtocolFamily.ISO_9141_2));

        assertThat(response).isInstanceOf(ElmResponse.Garbage.class);
        assertThat(response.dropped()).extracting(DroppedFrame::reason).containsExactly(DropReason.CHECKSUM);
    }

    @Test
    void shouldNotAcceptAJ1850CrcAsAnIso9141Checksum() {
        var response = parser.parse("010C", Captures.BUILT_J1850VPW_010C,
                ResponseFormat.withHeaders(ProtocolFamily.ISO_9141_2));

        assertThat(response.dropped()).extracting(DroppedFrame::reason).containsExactly(DropReason.CHECKSUM);
    }

    @Test
    void shouldDropAKwpFrameWhoseFormatByteLengthDisagrees() {
        // format byte 85 declares 5 data bytes, 4 follow; checksum E5 is right for these bytes
        var response = parser.parse("010C", "85 F1 10 41 0C 1A F8 E5\r",
                ResponseFormat.withHeaders(ProtocolFamily.ISO_14230_4));

        assertThat(response.dropped()).extracting(DroppedFrame::reason).containsExactly(DropReason.LENGTH_MISMATCH);
    }

    @Test
    void shouldJoinTheDataSheetJ1850VinLinesInSequenceOrder() {
        var response = parser.parse("0902", Captures.DSJ42_J1850_VIN,
                ResponseFormat.defaults(ProtocolFamily.SAE_J1850_VPW));

        var messages = messagesOf(response);
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).hex()).isEqualTo("49 02 00 00 00 31 44 34 47 50 30 30 52 35 35 42 31 32 33 34 35 36");
        assertThat(vinOf(messages.get(0))).isEqualTo(Captures.DSJ42_VIN_TEXT);
    }

    @Test
    void shouldJoinHeaderedVinLinesPerEcuEvenWhenPrintedOutOfOrder() {
        String[] lines = Captures.BUILT_ISO9141_VIN.split("\r");
        String shuffled = String.join("\r", lines[3], lines[0], lines[4], lines[2], lines[1]) + "\r"
                + "48 6B 18 41 00 80 00 00 01 8D\r";

        var response = parser.parse("0902", shuffled, ResponseFormat.withHeaders(ProtocolFamily.ISO_9141_2));

        var messages = messagesOf(response);
        assertThat(messages).extracting(EcuMessage::ecu).containsExactly("10", "18");
        assertThat(vinOf(messages.get(0))).isEqualTo(Captures.DSJ42_VIN_TEXT);
    }

    @Test
    void shouldDropAVinWithAMissingMessageNumber() {
        String[] lines = Captures.DSJ42_J1850_VIN.split("\r");
        String raw = String.join("\r", lines[0], lines[1], lines[3], lines[4]) + "\r";

        var response = parser.parse("0902", raw, ResponseFormat.defaults(ProtocolFamily.ISO_9141_2));

        assertThat(response).isInstanceOf(ElmResponse.Garbage.class);
        assertThat(response.dropped()).extracting(DroppedFrame::reason).containsExactly(DropReason.SEQUENCE_GAP);
    }

    @Test
    void shouldReadDataAfterASuccessfulBusInit() {
        String raw = "BUS INIT: ...OK\r" + Captures.BUILT_ISO9141_010C;

        var response = parser.parse("010C", raw, ResponseFormat.withHeaders(ProtocolFamily.ISO_14230_4));

        assertThat(messagesOf(response)).containsExactly(message("10", "41 0C 1A F8"));
    }

    @Test
    void shouldMatchTheCatalogueCheckValueOfCrc8SaeJ1850() {
        // CRC-8/SAE-J1850 check value over "123456789" is 4B (Greg Cook's CRC catalogue, reveng.sourceforge.io)
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);

        assertThat(LegacyChecks.crc8J1850(check, check.length)).isEqualTo(0x4B);
    }

    private static String vinOf(EcuMessage joined) {
        byte[] payload = joined.payload();
        return new String(payload, 2, payload.length - 2, StandardCharsets.US_ASCII).replace("\0", "");
    }
}
