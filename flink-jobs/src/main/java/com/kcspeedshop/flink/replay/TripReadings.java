package com.kcspeedshop.flink.replay;

import com.kcspeedshop.datasets.trips.RecordedReading;
import com.kcspeedshop.datasets.trips.TripLog;
import com.kcspeedshop.datasets.trips.TripLogFormat;
import com.kcspeedshop.events.ObdReading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A real trip log as the readings our collector would have sent, the same way {@code TripEvaluation} in vehicle-health
 * replays the trips (its {@code RealTrips}), so replay figures and the evaluation's agree.
 */
final class TripReadings {

    static final String SOURCE = "replay";

    private TripReadings() {
    }

    static List<ObdReading> of(String vin, TripLog log) {
        return log.format() == TripLogFormat.KIT ? polledEverySecond(vin, log.readings()) : asIs(vin, log.readings());
    }

    private static List<ObdReading> asIs(String vin, List<RecordedReading> recorded) {
        List<ObdReading> readings = new ArrayList<>(recorded.size());
        long seq = 0;
        for (RecordedReading r : recorded) {
            readings.add(new ObdReading(vin, r.signal(), r.value(), r.unit(), r.recordedAt(), SOURCE, seq++));
        }
        return readings;
    }

    /**
     * A KIT log stores a value only when it changed, but its logger polled every PID round robin about once a second,
     * as our collector does. So every known signal's current value is repeated once a second of log time; the recorded
     * changes pass through at their times.
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
                    readings.add(new ObdReading(vin, c.signal(), c.value(), c.unit(), r.recordedAt(), SOURCE, seq++));
                    emittedAt.put(c.signal(), t);
                }
            }
            readings.add(new ObdReading(vin, r.signal(), r.value(), r.unit(), r.recordedAt(), SOURCE, seq++));
            current.put(r.signal(), r);
            emittedAt.put(r.signal(), t);
        }
        return readings;
    }
}
