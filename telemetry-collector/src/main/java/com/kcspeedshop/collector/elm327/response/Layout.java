package com.kcspeedshop.collector.elm327.response;

/** How the lines of one response are laid out, which decides the framer that reads them. */
enum Layout {
    /** {@code 7E8 06 41 00 ...}: 11-bit CAN id, PCI, data. */
    CAN_11BIT_HEADERS,
    /** {@code 18 DA F1 10 06 41 00 ...}: 29-bit CAN id, PCI, data. */
    CAN_29BIT_HEADERS,
    /** {@code 06 41 00 ...}: headers off, {@code AT CAF0}: PCI, data. */
    CAN_RAW,
    /** Headers off, {@code AT CAF1}: plain single frames, or a length line and numbered segments. */
    CAN_FORMATTED,
    /** {@code 48 6B 10 41 00 ... cs}: legacy header, data, check byte. */
    LEGACY_HEADERS,
    /** Plain data lines on a legacy protocol (headers off). */
    LEGACY_PLAIN,
    /** Plain data lines, protocol unknown. */
    UNKNOWN_PLAIN
}
