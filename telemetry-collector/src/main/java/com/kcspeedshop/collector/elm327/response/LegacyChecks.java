package com.kcspeedshop.collector.elm327.response;

/** The check bytes that end every legacy OBD frame when headers are shown. */
final class LegacyChecks {

    /** SAE J1850 CRC-8: polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x1D), initial value FF, result inverted. */
    private static final int J1850_POLY = 0x1D;

    private LegacyChecks() {
    }

    /** ISO 9141-2 and ISO 14230-4 checksum: the sum of header and data bytes, modulo 256. */
    static int sum(byte[] bytes, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += bytes[i] & 0xFF;
        }
        return sum & 0xFF;
    }

    /** SAE J1850 (PWM and VPW) CRC-8 over header and data bytes. */
    static int crc8J1850(byte[] bytes, int length) {
        int crc = 0xFF;
        for (int i = 0; i < length; i++) {
            crc ^= bytes[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80) != 0 ? ((crc << 1) ^ J1850_POLY) & 0xFF : (crc << 1) & 0xFF;
            }
        }
        return crc ^ 0xFF;
    }

    /** Whether the last byte is the right check byte for the family (AUTO accepts either kind). */
    static boolean verifies(byte[] frame, ProtocolFamily family) {
        int body = frame.length - 1;
        int check = frame[body] & 0xFF;
        boolean sumOk = sum(frame, body) == check;
        boolean crcOk = crc8J1850(frame, body) == check;
        return switch (family) {
            case ISO_9141_2, ISO_14230_4 -> sumOk;
            case SAE_J1850_PWM, SAE_J1850_VPW -> crcOk;
            default -> sumOk || crcOk;
        };
    }
}
