package com.kcspeedshop.collector.elm327.response;

/**
 * The OBD protocol an adapter talks on, as far as the framing of its output is concerned.
 *
 * <p>{@link #AUTO} asks the parser to recognise the layout from the text itself (best effort).
 */
public enum ProtocolFamily {
    /** Unknown: recognise 11-bit / 29-bit CAN, legacy headers or plain data from the text. */
    AUTO,
    /** ISO 15765-4 with 11-bit identifiers (ELM protocols 6, 8). */
    CAN_11BIT,
    /** ISO 15765-4 with 29-bit identifiers (ELM protocols 7, 9). */
    CAN_29BIT,
    /** ISO 9141-2 K-line (ELM protocol 3): 3 header bytes, sum checksum. */
    ISO_9141_2,
    /** ISO 14230-4 KWP2000 (ELM protocols 4, 5): format byte with length, sum checksum. */
    ISO_14230_4,
    /** SAE J1850 PWM (ELM protocol 1): 3 header bytes, CRC-8. */
    SAE_J1850_PWM,
    /** SAE J1850 VPW (ELM protocol 2): 3 header bytes, CRC-8. */
    SAE_J1850_VPW;

    /** Whether frames carry ISO-TP (ISO 15765-2) protocol control information. */
    public boolean isCan() {
        return this == CAN_11BIT || this == CAN_29BIT;
    }

    /** Whether this is one of the pre-CAN protocols (K-line or J1850). */
    public boolean isLegacy() {
        return this != AUTO && !isCan();
    }

    /**
     * Maps the answer to {@code AT DPN} (for example {@code "6"} or {@code "A6"}, where A means automatically
     * chosen) to a family. Unknown or non-OBD protocols (J1939, user CAN) map to {@link #AUTO}.
     */
    public static ProtocolFamily fromElmProtocolNumber(String dpn) {
        String number = dpn == null ? "" : dpn.strip().toUpperCase(java.util.Locale.ROOT);
        if (number.length() == 2 && number.charAt(0) == 'A') {
            number = number.substring(1);
        }
        return switch (number) {
            case "1" -> SAE_J1850_PWM;
            case "2" -> SAE_J1850_VPW;
            case "3" -> ISO_9141_2;
            case "4", "5" -> ISO_14230_4;
            case "6", "8" -> CAN_11BIT;
            case "7", "9" -> CAN_29BIT;
            default -> AUTO;
        };
    }
}
