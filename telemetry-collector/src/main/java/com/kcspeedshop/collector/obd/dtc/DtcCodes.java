package com.kcspeedshop.collector.obd.dtc;

/** The SAE J2012 text form of a two-byte trouble code. */
public final class DtcCodes {

    private static final char[] LETTERS = {'P', 'C', 'B', 'U'};

    private DtcCodes() {
    }

    /**
     * Formats the two wire bytes of a DTC: bits 15-14 give the letter (00 P powertrain, 01 C chassis, 10 B body,
     * 11 U network), bits 13-12 the first digit, the other 12 bits three hex digits. {@code 01 33} → {@code P0133},
     * {@code 41 23} → {@code C0123}, {@code 80 03} → {@code B0003}, {@code C1 00} → {@code U0100}.
     */
    public static String format(int high, int low) {
        int raw = (high & 0xFF) << 8 | (low & 0xFF);
        return LETTERS[raw >> 14] + Integer.toString(raw >> 12 & 0x3) + String.format("%03X", raw & 0xFFF);
    }
}
