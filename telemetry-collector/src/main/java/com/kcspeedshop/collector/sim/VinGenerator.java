package com.kcspeedshop.collector.sim;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes ISO 3779 VINs with a correct check digit (position 9, the North American rule most decoders enforce), and checks
 * them. Simulated VINs must pass the same validation a real car's would, or the platform's VIN handling goes untested.
 */
public final class VinGenerator {

    /** Weights of positions 1..17; position 9 (the check digit itself) weighs 0. */
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    /** Transliteration of A..Z; -1 marks I, O and Q, which a VIN never contains. */
    private static final int[] LETTER_VALUES =
            {1, 2, 3, 4, 5, 6, 7, 8, -1, 1, 2, 3, 4, 5, -1, 7, -1, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final String VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    /** Position 10 model-year codes 2010 (A) .. 2025 (S); U, Z and 0 are never year codes. */
    private static final String MODEL_YEARS = "ABCDEFGHJKLMNPRS";
    /** Real world manufacturer identifiers, so VIN decoders downstream see familiar makes. */
    private static final List<String> MANUFACTURERS = List.of("1HG", "1FA", "1G1", "2T1", "3VW", "5YJ", "JHM", "JTD",
            "KMH", "WVW", "WBA", "YV1", "VF1", "SAL", "ZFA");
    /** Coprime with 10^6, so serials of indexes 0..999,999 never collide. */
    private static final int SERIAL_STRIDE = 7919;
    private static final int SERIALS = 1_000_000;

    private VinGenerator() {
    }

    /**
     * The VIN of car {@code index} in the fleet of {@code seed}: the same inputs always give the same VIN, and
     * different indexes (below one million) of one seed always give different VINs, since their serials differ.
     */
    public static String vinFor(long seed, int index) {
        if (index < 0 || index >= SERIALS) {
            throw new IllegalArgumentException("car index must be within 0.." + (SERIALS - 1) + ", got " + index);
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        int firstSerial = new SplittableRandom(seed).nextInt(SERIALS);
        StringBuilder vin = new StringBuilder(17);
        vin.append(MANUFACTURERS.get(random.nextInt(MANUFACTURERS.size())));
        for (int i = 0; i < 5; i++) {
            vin.append(VIN_ALPHABET.charAt(random.nextInt(VIN_ALPHABET.length())));
        }
        vin.append('0'); // check digit placeholder, weight 0
        vin.append(MODEL_YEARS.charAt(random.nextInt(MODEL_YEARS.length())));
        vin.append(VIN_ALPHABET.charAt(random.nextInt(VIN_ALPHABET.length()))); // assembly plant
        int serial = (int) ((firstSerial + (long) index * SERIAL_STRIDE) % SERIALS);
        vin.append(String.format(Locale.ROOT, "%06d", serial));
        vin.setCharAt(8, checkDigit(vin));
        return vin.toString();
    }

    /** True when {@code vin} is 17 VIN characters and its position 9 holds the right check digit. */
    public static boolean isValid(String vin) {
        if (vin == null || vin.length() != 17) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (value(vin.charAt(i)) < 0) {
                return false;
            }
        }
        return vin.charAt(8) == checkDigit(vin);
    }

    /**
     * The check digit of a 17-character VIN: the weighted sum of the transliterated characters, mod 11, with 10 written
     * as {@code X}. Position 9 itself does not count.
     *
     * @throws IllegalArgumentException if {@code vin} is not 17 characters or contains I, O, Q or a non-VIN character
     */
    public static char checkDigit(CharSequence vin) {
        if (vin.length() != 17) {
            throw new IllegalArgumentException("a VIN has 17 characters, got " + vin.length() + ": " + vin);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = value(vin.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + vin.charAt(i) + "' at position " + (i + 1)
                        + " is not a VIN character (0-9, A-Z without I, O, Q): " + vin);
            }
            sum += value * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return LETTER_VALUES[c - 'A'];
        }
        return -1;
    }
}
