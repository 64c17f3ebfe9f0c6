package com.kcspeedshop.flink.replay;

import com.kcspeedshop.datasets.trips.TripLogFormat;
import com.kcspeedshop.datasets.trips.TripLogReader;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.evaluation.RecordedTrips;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a replay input: JSON lines of our own readings, or a real trip log. */
final class ReplayInput {

    /** The {@code source} of a trip log's readings. */
    static final String TRIP_SOURCE = "replay";

    /** The input formats. */
    enum Format {
        /** One {@code ObdReading} per line in the {@code Events} JSON form; blank lines are skipped. */
        JSON,
        /** A KIT (Seat Leon) log; see {@code TripLogReader}. */
        KIT,
        /** A carOBD (Toyota Etios) log; see {@code TripLogReader}. */
        CAROBD
    }

    private ReplayInput() {
    }

    /**
     * @param vin the VIN given to a trip log's readings (JSON lines carry their own)
     * @throws ReplayException naming the file and line of anything that cannot be read
     */
    static List<ObdReading> read(Path file, Format format, String vin) {
        if (!Files.isRegularFile(file)) {
            throw new ReplayException("no such input file: " + file);
        }
        try {
            return switch (format) {
                case JSON -> jsonLines(file);
                // as the collector would have sent them (a KIT log re-polled once a second), exactly as the
                // evaluations replay the trips, so replay figures and theirs agree
                case KIT -> RecordedTrips.readings(vin, TripLogReader.read(file, TripLogFormat.KIT), TRIP_SOURCE);
                case CAROBD -> RecordedTrips.readings(vin, TripLogReader.read(file, TripLogFormat.CAROBD),
                        TRIP_SOURCE);
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReplayException re) {
                throw re;
            }
            throw new ReplayException("cannot read " + file + " as " + format.name().toLowerCase() + ": "
                    + e.getMessage(), e);
        }
    }

    private static List<ObdReading> jsonLines(Path file) throws IOException {
        List<ObdReading> readings = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    readings.add(Events.OBD_READING.fromJson(line));
                } catch (RuntimeException e) {
                    throw new ReplayException(file + " line " + number + " is not an ObdReading: " + e.getMessage(),
                            e);
                }
            }
        }
        return readings;
    }
}
