package com.kcspeedshop.collector.elm327.response;

/** Why a line or frame of adapter output was dropped instead of becoming part of an {@link EcuMessage}. */
public enum DropReason {
    /** Neither hex data nor a known adapter message (binary junk, a stray banner, {@code OK}). */
    NOT_HEX,
    /** An odd number of hex digits where whole bytes were expected (a line cut mid-byte). */
    ODD_HEX_DIGITS,
    /** Too few bytes to hold the header and protocol control information the format requires. */
    TOO_SHORT,
    /** An ISO-TP protocol control information byte that is not single, first, consecutive or flow control. */
    BAD_PCI,
    /** A declared length (ISO-TP, KWP format byte) that the bytes on the line do not match. */
    LENGTH_MISMATCH,
    /** A multi-frame message whose consecutive frames never all arrived; its frames are dropped together. */
    MISSING_FRAMES,
    /** A consecutive frame or numbered line out of sequence; the message it belonged to is dropped. */
    SEQUENCE_GAP,
    /** A consecutive frame or numbered line with no first frame or length line before it. */
    ORPHAN_FRAME,
    /** A legacy frame whose checksum (ISO 9141-2, ISO 14230-4) or CRC (SAE J1850) does not verify. */
    CHECKSUM
}
