package com.kcspeedshop.datasets.trips;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The trip log formats {@link TripLogReader} understands. */
public enum TripLogFormat {
    /** KIT Automotive OBD-II Dataset (Seat Leon): {@code Time} column, date in the file name, round-robin polling. */
    KIT,
    /** carOBD (Toyota Etios): 27 {@code NAME ()} columns, trailing comma, seconds since engine start. */
    CAROBD;

    /**
     * {@code kit}, {@code carobd} or {@code auto} (null: recognise the file).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static TripLogFormat parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "kit" -> KIT;
            case "carobd" -> CAROBD;
            case "auto" -> null;
            default -> throw new IllegalArgumentException("unknown trip log format '" + text
                    + "'; use kit, carobd or auto");
        };
    }

    /**
     * Recognises a file by its header line.
     *
     * @throws IllegalArgumentException if the header is neither format's
     */
    public static TripLogFormat detect(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String header = in.readLine();
            if (header != null && header.startsWith("Time,")) {
                return KIT;
            }
            if (header != null && header.startsWith("ENGINE_RUN_TINE")) {
                return CAROBD;
            }
            throw new IllegalArgumentException(file + " is neither a KIT log (header starting 'Time,') nor a carOBD "
                    + "log (header starting 'ENGINE_RUN_TINE'); pass --format if you know better");
        }
    }
}
