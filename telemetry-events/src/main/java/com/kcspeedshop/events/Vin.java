package com.kcspeedshop.events;

import java.util.regex.Pattern;

/** The shape check every contract applies to a VIN: 17 characters of the ISO 3779 alphabet (no I, O or Q). */
public final class Vin {

    private static final Pattern SHAPE = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");

    private Vin() {
    }

    /** True when {@code vin} has the ISO 3779 shape. The check digit is the vehicle registry's business, not the wire's. */
    public static boolean isWellFormed(String vin) {
        return vin != null && SHAPE.matcher(vin).matches();
    }

    static String require(String vin) {
        if (!isWellFormed(vin)) {
            throw new IllegalArgumentException("VIN must be 17 characters of A-Z (no I, O, Q) and 0-9, got: " + vin);
        }
        return vin;
    }
}
