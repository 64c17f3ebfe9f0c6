package com.kcspeedshop.health.evaluation;

import com.kcspeedshop.datasets.trips.RecordedReading;
import com.kcspeedshop.datasets.trips.TripLog;
import com.kcspeedshop.datasets.trips.TripLogFormat;
import com.kcspeedshop.datasets.trips.TripLogReader;
import com.kcspeedshop.events.ObdReading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Recorded trip logs (such as {@code ../shared/datasets/obd-real}) as the readings our collector would have sent: every
 * CSV under a root, sorted by path, one synthetic VIN per trip ({@code KCSEVAL0000000001}, ... in that order), KIT logs
 * (which store changes only) re-polled once a second. The order and the VINs are part of the contract: trip splits
 * select by position, and the evaluations' tables name trips and VINs.
 */
public final class RecordedTrips {

    /** The {@link ObdReading#source()} of every reading {@link #load} makes. */
    public static final String SOURCE = "eval";

    /** One trip: its display name ({@code folder/log name}), file, VIN and readings in capture order (never empty). */
    public record Trip(String name, Path file, String vin, List<ObdReading> readings) {

        public long startMs() {
            return readings.get(0).capturedAt().toEpochMilli();
        }

        public long endMs() {
            return readings.get(readings.size() - 1).capturedAt().toEpochMilli();
        }

        /** Driving hours: first to last reading. */
        public double hours() {
            return (endMs() - startMs()) / 3_600_000.0;
        }
    }

    private RecordedTrips() {
    }

    /**
     * Every trip under {@code root} (any depth), sorted by path; a log with no readings is passed over and takes no
     * VIN.
     *
     * @throws IOException when the folder is missing or holds no trip CSV with readings, or a log cannot be read
     */
    public static List<Trip> load(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("no trip folder at " + root.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        List<Trip> trips = new ArrayList<>();
        for (Path file : files) {
            TripLog log = TripLogReader.read(file, null);
            String folder = file.getParent().getFileName().toString();
            String vin = String.format("KCSEVAL%010d", trips.size() + 1);
            List<ObdReading> readings = readings(vin, log, SOURCE);
            if (!readings.isEmpty()) {
                trips.add(new Trip(folder + "/" + log.name(), file, vin, readings));
            }
        }
        if (trips.isEmpty()) {
            throw new IOException("no trip CSV with readings under " + root.toAbsolutePath());
        }
        return trips;
    }

    /** One log's readings as the collector would have sent them: a KIT log re-polled, any other as recorded. */
    public static List<ObdReading> readings(String vin, TripLog log, String source) {
        return log.format() == TripLogFormat.KIT
                ? polledEverySecond(vin, log.readings(), source) : asIs(vin, log.readings(), source);
    }

    private static List<ObdReading> asIs(String vin, List<RecordedReading> recorded, String source) {
        List<ObdReading> readings = new ArrayList<>(recorded.size());
        long seq = 0;
        for (RecordedReading r : recorded) {
            readings.add(new ObdReading(vin, r.signal(), r.value(), r.unit(), r.recordedAt(), source, seq++));
        }
        return readings;
    }

    /**
     * A KIT log stores a value only when it changed (the reader emits changes only), but its logger polled every PID
     * round robin about once a second, as our collector does. To replay what the collector would have sent, every known
     * signal's current value is repeated once a second of log time; the recorded changes pass through at their times.
     */
    static List<ObdReading> polledEverySecond(String vin, List<RecordedReading> recorded, String source) {
        List<ObdReading> readings = new ArrayList<>(recorded.size() * 4);
        TreeMap<String, RecordedReading> current = new TreeMap<>();
        Map<String, Long> emittedAt = new HashMap<>();
        long seq = 0;
        for (RecordedReading r : recorded) {
            long t = r.recordedAt().toEpochMilli();
            for (RecordedReading c : current.values()) {
                if (!c.signal().equals(r.signal()) && t - emittedAt.get(c.signal()) >= 1_000) {
                    readings.add(new ObdReading(vin, c.signal(), c.value(), c.unit(), r.recordedAt(), source, seq++));
                    emittedAt.put(c.signal(), t);
                }
            }
            readings.add(new ObdReading(vin, r.signal(), r.value(), r.unit(), r.recordedAt(), source, seq++));
            current.put(r.signal(), r);
            emittedAt.put(r.signal(), t);
        }
        return readings;
    }
}
