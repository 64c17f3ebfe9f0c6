package com.kcspeedshop.collector.obd;

import java.util.HexFormat;

/** Hex text of bytes, for error messages and for test fixtures written the way an ELM327 prints them. */
final class Hex {

    private static final HexFormat PAIRS = HexFormat.ofDelimiter(" ").withUpperCase();

    private Hex() {
    }

    static String of(byte[] bytes, int from, int to) {
        if (from >= to) {
            return "";
        }
        return PAIRS.formatHex(bytes, from, to);
    }

    static String of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    /** Parses "41 0C 1A F8" or "410C1AF8" (spaces ignored). */
    static byte[] parse(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }
}
