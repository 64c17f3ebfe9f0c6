package com.kcspeedshop.training.anomaly;

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
 * The real trips of {@code ../shared/datasets/obd-real} as the readings the collector would have sent, exactly as
 * vehicle-health's {@code TripEvaluationIT} replays them (its test class {@code RealTrips}; keep the two in step so
 * the figures stay comparable): every CSV under the root, sorted by path, one synthetic VIN per trip, KIT logs (which
 * store changes only) re-polled once a second.
 */
public final class ObdTrips {

    /** One trip: its display name ({@code folder/log name}), file, VIN and readings in capture order. */
    public record Trip(String name, Path file, String vin, List<ObdReading> readings) {

        public long startMs() {
            return readings.get(0).capturedAt().toEpochMilli();
        }

        public long endMs() {
            return readings.get(readings.size() - 1).capturedAt().toEpochMilli();
        }

        /** Driving hours as TripEvaluation counts them: first to last reading. */
        public double hours() {
            return (endMs() - startMs()) / 3_600_000.0;
        }
    }

    private ObdTrips() {
    }

    /**
     * Every trip under {@code root}, sorted by path.
     *
     * @throws IOException when the folder is missing or holds no trip CSV, or a log cannot be read
     */
    public static List<Trip> load(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("no trip folder at " + root.toAbsolutePath() + " (set --data)");
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
            List<ObdReading> readings = log.format() == TripLogFormat.KIT
                    ? polledEverySecond(vin, log.readings()) : asIs(vin, log.readings());
            if (!readings.isEmpty()) {
                trips.add(new Trip(folder + "/" + log.name(), file, vin, readings));
            }
        }
        if (trips.isEmpty()) {
            throw new IOException("no trip CSV with readings under " + root.toAbsolutePath());
        }
        return trips;
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
     * A KIT log stores a value only when it changed, but its logger polled every PID about once a second, as our
     * collector does: every known signal's current value is repeated once a second of log time.
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
}
