package com.kcspeedshop.collector.elm327.response;

import java.util.HexFormat;

/**
 * One frame as printed: who sent it (if the header said so) and its bytes after the header.
 *
 * @param ecu   the sender as a string ({@code 7E8}, {@code 18DAF110}, {@code 10}), or null with headers off
 * @param bytes the bytes after the header: PCI and data for CAN, data and check byte for legacy protocols
 * @param line  the line it came from, for drop reports
 */
record Frame(String ecu, byte[] bytes, String line) {

    /** Bytes of an even-length string of upper-case hex digits (the caller checks the length). */
    static byte[] bytesOf(String digits) {
        return HexFormat.of().parseHex(digits);
    }

    /** Byte {@code i} as an unsigned value. */
    int at(int i) {
        return bytes[i] & 0xFF;
    }

    int length() {
        return bytes.length;
    }
}
