package com.kcspeedshop.collector.elm327.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CAN (ISO 15765-4) framing, fed data sheet captures; see {@link Captures} for sources. */
class CanFramingTest {

    private final ElmResponseParser parser = new ElmResponseParser();

    @Test
    void shouldStripHeaderPciAndPaddingFromAnElevenBitSingleFrame() {
        var response = parser.parse("0100", Captures.DSH39_0100, ResponseFormat.withHeaders(ProtocolFamily.CAN_11BIT));

        assertThat(messagesOf(response)).containsExactly(message("7E8", "41 00 BE 3F B8 13"));
        assertThat(response.dropped()).isEmpty();
    }

    @Test
    void shouldRemovePaddingAfterTheDeclaredSingleFrameLength() {
        var response = parser.parse("0105", Captures.DSH39_0105, ResponseFormat.AUTO_DETECT);

        assertThat(messagesOf(response)).containsExactly(message("7E8", "41 05 46"));
    }

    @Test
    void shouldReassembleTheDataSheetVinFromTheLengthLineAndNumberedSegments() {
        var response = parser.parse("0902", Captures.DSJ42_CAN_VIN, ResponseFormat.defaults(ProtocolFamily.CAN_11BIT));

        List<EcuMessage> messages = messagesOf(response);
        assertThat(messages).hasSize(1);
        byte[] payload = messages.get(0).payload();
        assertThat(payload).hasSize(0x14);
        assertThat(messages.get(0).ecu()).isEqualTo("unknown-1");
        assertThat(new String(Arrays.copyOfRange(payload, 3, payload.length), StandardCharsets.US_ASCII))
                .isEqualTo(Captures.DSJ42_VIN_TEXT);
    }

    @Test
    void shouldRecogniseTheNumberedSegmentLayoutInAutoMode() {
        var response = parser.parse("0902", Captures.DSJ42_CAN_VIN, ResponseFormat.AUTO_DETECT);

        assertThat(messagesOf(response)).hasSize(1).first().extracting(EcuMessage::length).isEqualTo(0x14);
    }

    @Test
    void shouldReassembleTwoEcusSeparatelyAndTrimNonZeroPaddingAfterTheLength() {
        var response = parser.parse("0904", Captures.DS329_CALID_7E8 + Captures.DS329_CALID_7E9,
                ResponseFormat.withHeaders(ProtocolFamily.CAN_11BIT));

        // 0x13 = 19 bytes: 6 + 7 + 6; the 7E8 frame's final 31 is padding beyond the length
        assertThat(messagesOf(response)).containsExactly(
                message("7E8", "49 04 01 35 36 30 32 38 39 34 39 41 43 00 00 00 00 00 00"),
                message("7E9", "49 04 01 35 36 30 32 38 39 35 34 41 43 00 00 00 00 00 00"));
    }

    @Test
    void shouldReassembleInterleavedFramesOfTwoEcus() {
        // the [329-38] lines, interleaved frame by frame as two ECUs answering at once would print them
        String[] a = Captures.DS329_CALID_7E8.split("\r");
        String[] b = Captures.DS329_CALID_7E9.split("\r");
        String raw = String.join("\r", a[0], b[0], b[1], a[1], a[2], b[2]) + "\r";

        var response = parser.parse("0904", raw, ResponseFormat.AUTO_DETECT);

        assertThat(messagesOf(response)).extracting(EcuMessage::ecu).containsExactly("7E8", "7E9");
        assertThat(response.dropped()).isEmpty();
    }

    @Test
    void shouldNameTheEcuByTheFull29BitId() {
        var response = parser.parse("0100", Captures.BUILT_29BIT_0100,
                ResponseFormat.withHeaders(ProtocolFamily.CAN_29BIT));

        assertThat(messagesOf(response)).containsExactly(message("18DAF110", "41 00 BE 3F B8 13"));
    }

    @Test
    void shouldRecogniseA29BitMultiFrameAnswerInAutoMode() {
        String raw = "18 DA F1 10 10 14 49 02 01 31 44 34\r18 DA F1 10 21 47 50 30 30 52 35 35\r"
                + "18 DA F1 10 22 42 31 32 33 34 35 36\r18 DA F1 18 03 7F 09 12 00 00 00 00\r";

        var response = parser.parse("0902", raw, ResponseFormat.AUTO_DETECT);

        assertThat(messagesOf(response)).extracting(EcuMessage::ecu, EcuMessage::length)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("18DAF110", 0x14),
                        org.assertj.core.groups.Tuple.tuple("18DAF118", 3));
    }

    @Test
    void shouldReadPciBytesWhenAutoFormattingIsOffWithHeadersOff() {
        var response = parser.parse("0100", Captures.BUILT_CAF0_0100, ResponseFormat.rawCan(ProtocolFamily.CAN_11BIT));

        assertThat(messagesOf(response)).containsExactly(message("unknown-1", "41 00 BE 3F B8 13"));
    }

    @Test
    void shouldRecogniseCaf0OutputInAutoModeBecauseAResponseNeverStartsBelow40() {
        var response = parser.parse("0100", Captures.BUILT_CAF0_0100, ResponseFormat.AUTO_DETECT);

        assertThat(messagesOf(response)).containsExactly(message("unknown-1", "41 00 BE 3F B8 13"));
    }

    @Test
    void shouldReadOutputPrintedWithoutSpaces() {
        String raw = Captures.DSH39_0100.replace(" ", "");

        var response = parser.parse("0100", raw, ResponseFormat.AUTO_DETECT);

        assertThat(messagesOf(response)).containsExactly(message("7E8", "41 00 BE 3F B8 13"));
    }

    @Test
    void shouldKeepSeveralHeaderlessSingleFramesApartAsUnknownEcus() {
        var response = parser.parse("0100", "41 00 BE 3F B8 13\r41 00 80 00 00 01\r",
                ResponseFormat.defaults(ProtocolFamily.CAN_11BIT));

        assertThat(messagesOf(response)).containsExactly(
                message("unknown-1", "41 00 BE 3F B8 13"), message("unknown-2", "41 00 80 00 00 01"));
    }

    @Test
    void shouldStripEchoAndSearchingAndAcceptLowerCaseAndCrLf() {
        String raw = "01 00\r\nSEARCHING...\r\n7e8 06 41 00 be 3f b8 13 00\r\n\r\n";

        var response = parser.parse("0100", raw, ResponseFormat.AUTO_DETECT);

        assertThat(messagesOf(response)).containsExactly(message("7E8", "41 00 BE 3F B8 13"));
        assertThat(response.dropped()).isEmpty();
    }

    @Test
    void shouldKeepANegativeResponseAsAMessage() {
        var response = parser.parse("0902", "7E8 03 7F 09 12 00 00 00 00\r", ResponseFormat.AUTO_DETECT);

        assertThat(messagesOf(response)).containsExactly(message("7E8", "7F 09 12"));
    }

    @Test
    void shouldDropAMultiFrameMessageWithAMissingConsecutiveFrame() {
        String[] lines = Captures.DS329_CALID_7E8.split("\r");
        String raw = lines[0] + "\r" + lines[2] + "\r" + Captures.DSH39_0100;

        var response = parser.parse("0904", raw, ResponseFormat.withHeaders(ProtocolFamily.CAN_11BIT));

        assertThat(messagesOf(response)).containsExactly(message("7E8", "41 00 BE 3F B8 13"));
        assertThat(response.dropped()).extracting(DroppedFrame::reason).containsExactly(DropReason.SEQUENCE_GAP);
    }

    @Test
    void shouldDropAnIncompleteMultiFrameMessageAtTheEnd() {
        String raw = Captures.DS329_CALID_7E8.split("\r")[0] + "\r";

        var response = parser.parse("0904", raw, ResponseFormat.withHeaders(ProtocolFamily.CAN_11BIT));

        assertThat(response).isInstanceOf(ElmResponse.Garbage.class);
        assertThat(response.dropped()).extracting(DroppedFrame::reason).containsExactly(DropReason.MISSING_FRAMES);
    }

    @Test
    void shouldDropASegmentOutOfSequenceInTheFormattedLayout() {
        String raw = "014\r0: 49 02 01 31 44 34\r2: 42 31 32 33 34 35 36\r";

        var response = parser.parse("0902", raw, ResponseFormat.defaults(ProtocolFamily.CAN_11BIT));

        assertThat(response).isInstanceOf(ElmResponse.Garbage.class);
        assertThat(response.dropped()).extracting(DroppedFrame::reason).contains(DropReason.SEQUENCE_GAP);
    }

    @Test
    void shouldDropAFrameCutMidByte() {
        var response = parser.parse("0100", "7E8 06 41 00 BE 3F B\r" + Captures.DSH39_0105,
                ResponseFormat.withHeaders(ProtocolFamily.CAN_11BIT));

        assertThat(messagesOf(response)).containsExactly(message("7E8", "41 05 46"));
        assertThat(response.dropped()).extracting(DroppedFrame::reason).containsExactly(DropReason.ODD_HEX_DIGITS);
    }

    @Test
    void shouldDropASingleFrameShorterThanItsDeclaredLength() {
        var response = parser.parse("0100", "7E8 06 41 00 BE\r", ResponseFormat.withHeaders(ProtocolFamily.CAN_11BIT));

        assertThat(response.dropped()).extracting(DroppedFrame::reason).containsExactly(DropReason.LENGTH_MISMATCH);
    }

    static List<EcuMessage> messagesOf(ElmResponse response) {
        assertThat(response).isInstanceOf(ElmResponse.Messages.class);
        return response.messages();
    }

    static EcuMessage message(String ecu, String hex) {
        return new EcuMessage(ecu, java.util.HexFormat.ofDelimiter(" ").parseHex(hex));
    }
}
