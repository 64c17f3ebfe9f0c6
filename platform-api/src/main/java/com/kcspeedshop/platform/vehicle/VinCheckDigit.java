package com.kcspeedshop.platform.vehicle;

/**
 * The VIN check digit (position 9) as 49 CFR 565.15(c) defines it for vehicles sold in North America: transliterate
 * each character (letters per the table below, digits as themselves), multiply by the position weight, sum, take the
 * remainder of division by 11; a remainder of 10 is written {@code X}. ISO 3779 itself has no check digit, so it is
 * only enforced where the regulation applies: world manufacturer identifiers that start with 1-5 (US, Canada, Mexico).
 */
final class VinCheckDigit {

    // 49 CFR 565.15(c) Table IV: A-H 1-8, J-N 1-5, P 7, R 9, S-Z 2-9 (I, O and Q are never used)
    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final int[] LETTER_VALUES = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    // Table V: the weight of each of the 17 positions; position 9 (the check digit itself) weighs 0
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    private VinCheckDigit() {
    }

    /** True when the check digit is mandatory for this (well-formed) VIN: North American WMIs. */
    static boolean applies(String vin) {
        char first = vin.charAt(0);
        return first >= '1' && first <= '5';
    }

    /** The check digit a well-formed VIN should carry in position 9: '0'-'9' or 'X'. */
    static char expected(String vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += value(vin.charAt(i)) * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    static boolean matches(String vin) {
        return vin.charAt(8) == expected(vin);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int index = LETTERS.indexOf(c);
        if (index < 0) {
            throw new IllegalArgumentException("not a VIN character: " + c);
        }
        return LETTER_VALUES[index];
    }
}
