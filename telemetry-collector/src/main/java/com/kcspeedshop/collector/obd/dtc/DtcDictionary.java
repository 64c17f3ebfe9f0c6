package com.kcspeedshop.collector.obd.dtc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Generic (SAE J2012) meanings of trouble codes. The bundled table is the generic English rows of Wal33D/dtc-database
 * (MIT licence, see {@code NOTICE-dtc-codes.txt} next to it); manufacturer-specific codes are mostly absent, and an
 * absent code is normal, not an error.
 */
public final class DtcDictionary {

    static final String BUNDLED = "dtc-codes-generic-wal33d.csv";

    private static volatile DtcDictionary bundled;

    private final Map<String, String> descriptions;

    private DtcDictionary(Map<String, String> descriptions) {
        this.descriptions = Map.copyOf(descriptions);
    }

    /** The bundled table, read once per JVM. */
    public static DtcDictionary bundled() {
        DtcDictionary table = bundled;
        if (table == null) {
            try (InputStream in = DtcDictionary.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + BUNDLED + " missing from the class path");
                }
                table = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUNDLED, e);
            }
            bundled = table;
        }
        return table;
    }

    /** Reads a {@code code,description} CSV with a header line; descriptions may be double-quoted. */
    public static DtcDictionary read(InputStream csv) throws IOException {
        Map<String, String> map = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String line = reader.readLine(); // header: code,description
        while ((line = reader.readLine()) != null) {
            int comma = line.indexOf(',');
            if (comma == 5) {
                map.put(line.substring(0, comma), unquote(line.substring(comma + 1)));
            }
        }
        return new DtcDictionary(map);
    }

    private static String unquote(String field) {
        if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
            return field.substring(1, field.length() - 1).replace("\"\"", "\"");
        }
        return field;
    }

    /** The description of {@code code} (e.g. {@code P0301}), empty when the table does not know it. */
    public Optional<String> describe(String code) {
        return Optional.ofNullable(descriptions.get(code));
    }

    /** How many codes the table knows. */
    public int size() {
        return descriptions.size();
    }
}
