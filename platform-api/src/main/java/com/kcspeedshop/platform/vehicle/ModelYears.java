package com.kcspeedshop.platform.vehicle;

import java.util.List;

/**
 * The model year from VIN position 10. The code repeats every 30 years (49 CFR 565.15(a), and ISO 3779's "year"
 * position as most makers use it): {@code A} is 1980 or 2010, {@code 1} is 2001 or 2031. The letters I, O, Q, U, Z and
 * the digit 0 are never year codes.
 *
 * <p>Resolving the cycle: in North America position 7 tells it for cars, MPVs and light trucks (a letter means
 * 2010-2039, a digit 1980-2009). Elsewhere nothing in the VIN tells, so the newer candidate wins unless it lies more than
 * one year in the future (a model year may run one year ahead of the calendar), and both candidates are reported.
 */
final class ModelYears {

    private static final String CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";
    private static final int FIRST_CYCLE = 1980;
    private static final int CYCLE = 30;

    private ModelYears() {
    }

    /** The two years the code can mean, oldest first; empty when position 10 is not a year code. */
    static List<Integer> candidates(String vin) {
        int index = CODES.indexOf(vin.charAt(9));
        if (index < 0) {
            return List.of();
        }
        return List.of(FIRST_CYCLE + index, FIRST_CYCLE + CYCLE + index);
    }

    /** The best reading, or null when position 10 is no year code; {@code currentYear} bounds the future. */
    static Integer resolve(String vin, int currentYear) {
        List<Integer> years = candidates(vin);
        if (years.isEmpty()) {
            return null;
        }
        if (VinCheckDigit.applies(vin) && Character.isDigit(vin.charAt(6))) {
            return years.get(0);
        }
        // a letter in position 7 (North America) or no rule at all: the newer cycle, unless it has not begun yet
        return years.get(1) <= currentYear + 1 ? years.get(1) : years.get(0);
    }

    /** True when the VIN itself settles the cycle (North American position 7 rule). */
    static boolean certain(String vin) {
        return !candidates(vin).isEmpty() && VinCheckDigit.applies(vin);
    }
}
