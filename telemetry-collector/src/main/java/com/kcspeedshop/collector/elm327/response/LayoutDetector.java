package com.kcspeedshop.collector.elm327.response;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides the {@link Layout} of a response: from the {@link ResponseFormat} when the session knows it, otherwise (AUTO)
 * by letting every data line vote for the layout it looks like, so one garbage line cannot mislead the choice.
 */
final class LayoutDetector {

    private static final int CAN_11BIT_ID_DIGITS = 3;
    private static final int MAX_11BIT_ID = 0x7FF;
    /** ISO 15765-4 29-bit: priority 18, then DA (physical) or DB (functional) addressing. */
    private static final int CAN_29BIT_PRIORITY = 0x18;
    /** OBD legacy response target address (J1850, ISO 9141-2). */
    private static final int LEGACY_RESPONSE_TARGET = 0x6B;
    /** Tester address, the target of ISO 14230-4 responses. */
    private static final int TESTER = 0xF1;
    /** The lowest OBD response service byte (01 + 40). */
    private static final int FIRST_RESPONSE_SERVICE = 0x40;

    private LayoutDetector() {
    }

    static Layout detect(ResponseFormat format, List<Line> lines) {
        return switch (format.family()) {
            case CAN_11BIT -> canLayout(format, Layout.CAN_11BIT_HEADERS);
            case CAN_29BIT -> canLayout(format, Layout.CAN_29BIT_HEADERS);
            case AUTO -> vote(lines);
            default -> format.headers() ? Layout.LEGACY_HEADERS : Layout.LEGACY_PLAIN;
        };
    }

    private static Layout canLayout(ResponseFormat format, Layout withHeaders) {
        if (format.headers()) {
            return withHeaders;
        }
        return format.canAutoFormatting() ? Layout.CAN_FORMATTED : Layout.CAN_RAW;
    }

    private static Layout vote(List<Line> lines) {
        Map<Layout, Integer> votes = new EnumMap<>(Layout.class);
        for (Line line : lines) {
            if (line instanceof Line.Indexed) {
                return Layout.CAN_FORMATTED;
            }
            if (line instanceof Line.Hex hex) {
                votes.merge(guess(hex.digits()), 1, Integer::sum);
            }
        }
        Layout best = Layout.UNKNOWN_PLAIN;
        int most = 0;
        for (Map.Entry<Layout, Integer> entry : votes.entrySet()) {
            if (entry.getValue() > most) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        return best;
    }

    /** The layout one line of hex digits looks like. */
    static Layout guess(String digits) {
        if (digits.length() == CAN_11BIT_ID_DIGITS) {
            return Layout.CAN_FORMATTED; // the total-length line of a CAF1 multi-frame answer
        }
        if (digits.length() % 2 != 0) {
            return looksLike11Bit(digits) ? Layout.CAN_11BIT_HEADERS : Layout.UNKNOWN_PLAIN;
        }
        byte[] bytes = Frame.bytesOf(digits);
        int first = bytes[0] & 0xFF;
        if (bytes.length >= 5 && first == CAN_29BIT_PRIORITY && ((bytes[1] & 0xFE) == 0xDA)) {
            return Layout.CAN_29BIT_HEADERS;
        }
        if (bytes.length >= 5 && looksLikeLegacyHeader(bytes) && LegacyChecks.verifies(bytes, ProtocolFamily.AUTO)) {
            return Layout.LEGACY_HEADERS;
        }
        return first < FIRST_RESPONSE_SERVICE ? Layout.CAN_RAW : Layout.UNKNOWN_PLAIN;
    }

    // "7E8" + PCI byte: 3-digit id within 11 bits, then a PCI of type single, first or consecutive frame
    private static boolean looksLike11Bit(String digits) {
        if (digits.length() < CAN_11BIT_ID_DIGITS + 2) {
            return false;
        }
        int id = Integer.parseInt(digits.substring(0, CAN_11BIT_ID_DIGITS), 16);
        int pciType = Character.digit(digits.charAt(CAN_11BIT_ID_DIGITS), 16);
        return id <= MAX_11BIT_ID && pciType <= 2;
    }

    private static boolean looksLikeLegacyHeader(byte[] bytes) {
        int target = bytes[1] & 0xFF;
        boolean kwpFormat = (bytes[0] & 0x80) != 0;
        return target == LEGACY_RESPONSE_TARGET || (kwpFormat && target == TESTER);
    }
}
