package com.kcspeedshop.collector.obd;

/**
 * The data bytes of one PID (A, B, C ... in SAE J1979 notation), read-only and unsigned. Callers check the length
 * against the table before building one, so the accessors never run past the end.
 */
final class PidData {

    private final byte[] bytes;
    private final int from;
    private final int length;

    PidData(byte[] bytes, int from, int length) {
        this.bytes = bytes;
        this.from = from;
        this.length = length;
    }

    int length() {
        return length;
    }

    /** Byte {@code i} (0 = A) as 0..255. */
    int u8(int i) {
        return bytes[from + i] & 0xFF;
    }

    /** Bytes i, i+1 as a big-endian unsigned 16-bit number (256A+B). */
    int u16(int i) {
        return u8(i) << 8 | u8(i + 1);
    }

    /** Bytes i, i+1 as a big-endian two's-complement 16-bit number. */
    int s16(int i) {
        return (short) u16(i);
    }

    /** Bytes i..i+3 as a big-endian unsigned 32-bit number. */
    long u32(int i) {
        return (long) u16(i) << 16 | u16(i + 2);
    }

    /** True when bit {@code bit} (0 = least significant) of byte {@code i} is set. */
    boolean bit(int i, int bit) {
        return (u8(i) >> bit & 1) == 1;
    }

    String hex() {
        return Hex.of(bytes, from, from + length);
    }
}
