package com.kcspeedshop.collector.obd;

/**
 * One diagnostic trouble code.
 *
 * @param code        five characters, e.g. {@code P0301}
 * @param description the generic SAE J2012 meaning, or null when the bundled table does not know the code (manufacturer
 *                    codes, new codes); an unknown code is not an error
 */
public record Dtc(String code, String description) {
}
