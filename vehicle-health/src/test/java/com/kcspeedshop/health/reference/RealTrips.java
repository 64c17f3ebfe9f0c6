package com.kcspeedshop.health.reference;

import com.kcspeedshop.datasets.trips.RecordedReading;
import com.kcspeedshop.datasets.trips.TripLog;
import com.kcspeedshop.datasets.trips.TripLogFormat;
import com.kcspeedshop.datasets.trips.TripLogReader;
import com.kcspeedshop.events.ObdReading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The real trips of ../shared/datasets/obd-real as readings, one synthetic VIN per trip. */
final class RealTrips {

    static final Path ROOT = Path.of("../../shared/datasets/obd-real");

    record Trip(String name, String vin, List<ObdReading> readings) {
        long startMs() {
            return readings.get(0).capturedAt().toEpochMilli();
        }

        long endMs() {
            return readings.get(readings.size() - 1).capturedAt().toEpochMilli();
        }

        double hours() {
            return (endMs() - startMs()) / 3_600_000.0;
        }
    }

    private RealTrips() {
    }

    private static List<ObdReading> asIs(String vin, List<RecordedReading> recorded) {
        List<ObdReading> readings = new ArrayList<>(recorded.size());
        long seq = 0;
        for (RecordedReading r : recorded) {
            readings.add(new ObdReading(vin, r.signal(), r.value(), r.unit(), r.recordedAt(), "eval", seq++));
        }
        return readings;
    }

    /**
     * A KIT log stores a value only when it changed (the reader emits changes only), but its logger polled every PID
     * round robin about once a second, as our collector does. To replay what the collector would have sent, every known
     * signal's current value is repeated once a second of log time; the recorded changes pass through at their times.
     */
    static List<ObdReading> polledEverySecond(String vin, List<RecordedReading> recorded) {
        List<ObdReading> readings = new ArrayList<>(recorded.size() * 4);
        TreeMap<String, RecordedReading> current = new TreeMap<>();
        Map<String, Long> emittedAt = new HashMap<>();
        long seq = 0;
        for (RecordedReading r : recorded) {
            long t = r.recordedAt().toEpochMilli();
            for (RecordedReading c : current.values()) {
                if (!c.signal().equals(r.signal()) && t - emittedAt.get(c.signal()) >= 1_000) {
                    readings.add(new ObdReading(vin, c.signal(), c.value(), c.unit(), r.recordedAt(), "eval", seq++));
                    emittedAt.put(c.signal(), t);
                }
            }
            readings.add(new ObdReading(vin, r.signal(), r.value(), r.unit(), r.recordedAt(), "eval", seq++));
            current.put(r.signal(), r);
            emittedAt.put(r.signal(), t);
        }
        return readings;
    }

    static boolean present() {
        return Files.isDirectory(ROOT);
    }

    /** Every trip, sorted by folder and file name, each with its own VIN. */
    static List<Trip> all() {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Trip> trips = new ArrayList<>();
        for (Path file : files) {
            try {
                TripLog log = TripLogReader.read(file, null);
                String folder = file.getParent().getFileName().toString();
                String vin = String.format("KCSEVAL%010d", trips.size() + 1);
                List<ObdReading> readings = log.format() == TripLogFormat.KIT
                        ? polledEverySecond(vin, log.readings()) : asIs(vin, log.readings());
                if (!readings.isEmpty()) {
                    trips.add(new Trip(folder + "/" + log.name(), vin, readings));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return trips;
    }
}
