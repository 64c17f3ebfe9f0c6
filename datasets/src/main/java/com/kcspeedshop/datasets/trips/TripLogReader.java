package com.kcspeedshop.datasets.trips;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a whole trip log into {@link RecordedReading}s. Bad rows are skipped, counted in {@link TripLog#skipped()} and
 * logged with their line number; only an unreadable file or an unusable header fails the read.
 */
public final class TripLogReader {

    /**
     * Where a carOBD log's clock starts, as the files record only seconds since engine start: an arbitrary fixed
     * instant, so a replay with recorded times is reproducible.
     */
    public static final Instant CAROBD_DEFAULT_START = Instant.parse("2019-01-01T12:00:00Z");

    private static final Logger LOG = LoggerFactory.getLogger(TripLogReader.class);

    private TripLogReader() {
    }

    /** Reads {@code file} in {@code format} (null: detect), a carOBD log starting at {@link #CAROBD_DEFAULT_START}. */
    public static TripLog read(Path file, TripLogFormat format) throws IOException {
        return read(file, format, CAROBD_DEFAULT_START);
    }

    /**
     * @param carObdStart the instant a carOBD log's run time 0 maps to; ignored for KIT logs, which carry their time
     * @throws IllegalArgumentException if the header or (KIT) the file name cannot be used
     */
    public static TripLog read(Path file, TripLogFormat format, Instant carObdStart) throws IOException {
        TripLogFormat actual = format != null ? format : TripLogFormat.detect(file);
        String name = baseName(file);
        // ISO-8859-1 maps every byte to a char, so a mis-encoded or corrupt byte can never fail the read
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            TripLog log = actual == TripLogFormat.KIT
                    ? new KitLogReader(KitLogReader.dateOf(name)).read(in, name)
                    : new CarObdLogReader(carObdStart).read(in, name);
            logSkipped(file, log.skipped());
            return log;
        }
    }

    /** The file name without its extension: {@code drive7} for {@code .../drive7.csv}. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void logSkipped(Path file, List<SkippedRow> skipped) {
        for (SkippedRow row : skipped) {
            LOG.warn("{} line {} skipped: {}", file.getFileName(), row.line(), row.reason());
        }
    }
}
