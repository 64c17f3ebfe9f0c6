package com.kcspeedshop.events;

/** The shape check every contract applies to a VIN: 17 characters of the ISO 3779 alphabet (no I, O or Q). */
public final class Vin {

    private Vin() {
    }

    /** True when {@code vin} has the ISO 3779 shape. The check digit is the vehicle registry's business, not the wire's. */
    public static boolean isWellFormed(String vin) {
        // a loop, not a regex: every record's constructor calls this, on every decode and every Flink copy
        if (vin == null || vin.length() != 17) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            char c = vin.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O' && c != 'Q');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String require(String vin) {
        if (!isWellFormed(vin)) {
            throw new IllegalArgumentException("VIN must be 17 characters of A-Z (no I, O, Q) and 0-9, got: " + vin);
        }
        return vin;
    }
}
