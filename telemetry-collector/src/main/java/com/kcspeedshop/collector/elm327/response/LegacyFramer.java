package com.kcspeedshop.collector.elm327.response;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Frames output of the pre-CAN protocols (ISO 9141-2, ISO 14230-4 KWP, SAE J1850 PWM/VPW), and plain data lines.
 * With headers on each line is one frame:
 * <pre>
 *   48 6B 10 41 0C 1A F8 22     ISO 9141-2 / J1850 VPW: priority/type, target 6B, source 10, data, check byte
 *   41 6B 10 41 0C 1A F8 xx     J1850 PWM, same layout
 *   83 F1 10 41 0C 1A F8 xx     ISO 14230-4: format byte (10xxxxxx, low 6 bits = data length), target, source
 *   80 F1 10 03 41 0C 1A xx     ISO 14230-4 with length 0 in the format byte: a separate length byte follows
 * </pre>
 * The check byte is verified and dropped; the ECU is the source address. Multi-line service 09 answers are joined per
 * ECU by {@link LegacySequenceJoiner}.
 */
final class LegacyFramer {

    private static final int HEADER_BYTES = 3;
    /** ISO 14230-4 format byte: bit 7 set means address information follows. */
    private static final int KWP_ADDRESSED = 0x80;
    private static final int KWP_LENGTH_MASK = 0x3F;
    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

    private LegacyFramer() {
    }

    /** Frames with headers and check bytes ({@code AT H1}). */
    static List<EcuMessage> withHeaders(List<Line.Hex> lines, ProtocolFamily family, List<DroppedFrame> dropped) {
        List<Frame> frames = new ArrayList<>();
        for (Line.Hex line : lines) {
            Frame frame = unwrap(line, family, dropped);
            if (frame != null) {
                frames.add(frame);
            }
        }
        return LegacySequenceJoiner.join(frames, true, dropped);
    }

    /**
     * Plain data lines (headers off, and CAN single frames with auto formatting): each line one message from an
     * unknown ECU. Service 09 sequences are joined when {@code joinAlways}, or when there are at least two lines.
     */
    static List<EcuMessage> plain(List<Line.Hex> lines, boolean joinAlways, List<DroppedFrame> dropped) {
        List<Frame> frames = new ArrayList<>();
        for (Line.Hex line : lines) {
            if (line.digits().length() % 2 != 0) {
                dropped.add(new DroppedFrame(line.text(), DropReason.ODD_HEX_DIGITS,
                        line.digits().length() + " digits"));
            } else {
                frames.add(new Frame(null, Frame.bytesOf(line.digits()), line.text()));
            }
        }
        return LegacySequenceJoiner.join(frames, joinAlways, dropped);
    }

    private static Frame unwrap(Line.Hex line, ProtocolFamily family, List<DroppedFrame> dropped) {
        if (line.digits().length() % 2 != 0) {
            return drop(line, DropReason.ODD_HEX_DIGITS, line.digits().length() + " digits", dropped);
        }
        byte[] bytes = Frame.bytesOf(line.digits());
        // header, at least one data byte, check byte
        if (bytes.length < HEADER_BYTES + 2) {
            return drop(line, DropReason.TOO_SHORT, bytes.length + " bytes", dropped);
        }
        if (!LegacyChecks.verifies(bytes, family)) {
            return drop(line, DropReason.CHECKSUM, String.format("check byte %02X does not verify",
                    bytes[bytes.length - 1] & 0xFF), dropped);
        }
        int headerBytes = HEADER_BYTES;
        int first = bytes[0] & 0xFF;
        if ((first & KWP_ADDRESSED) != 0) {
            int declared = first & KWP_LENGTH_MASK;
            // ISO 14230-4: length 0 in the format byte means a 4th header byte carries the length
            if (declared == 0) {
                declared = bytes[HEADER_BYTES] & 0xFF;
                headerBytes++;
            }
            int actual = bytes.length - headerBytes - 1;
            if (declared != actual) {
                return drop(line, DropReason.LENGTH_MISMATCH,
                        "format byte declares " + declared + " data bytes, line has " + actual, dropped);
            }
        }
        if (bytes.length - headerBytes - 1 < 1) {
            return drop(line, DropReason.TOO_SHORT, "no data after the header", dropped);
        }
        String source = UPPER_HEX.toHexDigits(bytes[2]);
        return new Frame(source, Arrays.copyOfRange(bytes, headerBytes, bytes.length - 1), line.text());
    }

    private static Frame drop(Line.Hex line, DropReason reason, String detail, List<DroppedFrame> dropped) {
        dropped.add(new DroppedFrame(line.text(), reason, detail));
        return null;
    }
}
