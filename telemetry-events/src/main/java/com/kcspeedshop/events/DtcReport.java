package com.kcspeedshop.events;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The full list of trouble codes one ECU reported at one moment. An empty list is meaningful: it says the codes cleared.
 *
 * @param codes codes such as {@code P0301}, {@code U0100}; upper case, five characters
 */
public record DtcReport(String vin, String source, long sequence, Instant capturedAt, String ecu, DtcKind kind,
                        List<String> codes) {

    private static final Pattern CODE = Pattern.compile("[PCBU][0-3][0-9A-F]{3}");

    public DtcReport {
        Vin.require(vin);
        Checks.notBlank(source, "source");
        Checks.notNull(capturedAt, "capturedAt");
        Checks.notNull(kind, "kind");
        codes = List.copyOf(Checks.notNull(codes, "codes"));
        for (String code : codes) {
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("not a DTC: " + code + " (expected e.g. P0301)");
            }
        }
    }
}
