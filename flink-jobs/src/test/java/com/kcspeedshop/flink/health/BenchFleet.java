package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import com.kcspeedshop.health.fault.FaultInjector;
import com.kcspeedshop.health.fault.FaultSpec;
import com.kcspeedshop.health.fault.FaultType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * {@link HealthBench}'s simulated fleet, and how readings go on the wire as the collector sends them (one record per
 * poll cycle, or per reading), which the health ITs use too.
 */
final class BenchFleet {

    private static final String SOURCE = "bench-collector";

    private BenchFleet() {
    }

    /** Per vehicle and second, the six signals the engine's rules read; every 10th vehicle with a failing alternator. */
    static List<ObdReading> fleet(int vins, int seconds, Instant start, long staggerMs) {
        List<ObdReading> all = new ArrayList<>(vins * seconds * 6);
        for (int v = 0; v < vins; v++) {
            String vin = String.format(Locale.ROOT, "KCSBENCH%09d", v);
            String source = SOURCE + "-" + v;
            List<ObdReading> trip = new ArrayList<>(seconds * 6);
            long seq = 0;
            for (int s = 0; s < seconds; s++) {
                Instant at = start.plusMillis(s * 1000L + v * staggerMs);
                double coolant = Math.min(60 + 0.5 * s, 90 + (v % 5)); // warms up, then steady
                trip.add(new ObdReading(vin, "ENGINE_RPM", 800 + 30 * Math.sin(s + v), "rpm", at, source, seq++));
                trip.add(new ObdReading(vin, "VEHICLE_SPEED", (s / 60) % 2 == 0 ? 0 : 50, "km/h", at, source, seq++));
                trip.add(new ObdReading(vin, "COOLANT_TEMP", coolant, "degC", at, source, seq++));
                trip.add(new ObdReading(vin, "CONTROL_MODULE_VOLTAGE", 14.0 + 0.01 * (s % 3), "V", at, source,
                        seq++));
                trip.add(new ObdReading(vin, "SHORT_FUEL_TRIM_1", (s + v) % 5 - 2, "%", at, source, seq++));
                trip.add(new ObdReading(vin, "LONG_FUEL_TRIM_1", 3, "%", at, source, seq++));
            }
            if (v % 10 == 0) {
                trip = FaultInjector.inject(trip, FaultSpec.of(FaultType.FAILING_ALTERNATOR,
                        start.plusMillis(5_000 + v * staggerMs), v));
            }
            all.addAll(trip);
        }
        return all;
    }

    /** Stable sort by capture time: each vehicle's order is kept, vehicles interleave as a live fleet would. */
    static List<ObdReading> byTime(List<ObdReading> readings) {
        List<ObdReading> sorted = new ArrayList<>(readings);
        sorted.sort(Comparator.comparing(ObdReading::capturedAt));
        return sorted;
    }

    /**
     * Readings (in time order) as the records to send: runs of one vehicle's readings with one capture time, i.e. its
     * poll cycles ({@code perCycle}), or batches of one.
     */
    static List<ObdReadingBatch> asRecords(List<ObdReading> readings, boolean perCycle) {
        List<ObdReadingBatch> records = new ArrayList<>(perCycle ? readings.size() / 6 + 1 : readings.size());
        List<ObdReading> cycle = new ArrayList<>(6);
        for (ObdReading r : readings) {
            if (!cycle.isEmpty() && !(perCycle && cycle.get(0).vin().equals(r.vin())
                    && cycle.get(0).capturedAt().equals(r.capturedAt()))) {
                records.add(new ObdReadingBatch(cycle));
                cycle.clear();
            }
            cycle.add(r);
        }
        if (!cycle.isEmpty()) {
            records.add(new ObdReadingBatch(cycle));
        }
        return records;
    }

    /** A batch of one goes as a plain reading, as a collector that does not batch would send it. */
    static ProducerRecord<byte[], byte[]> record(String topic, ObdReadingBatch cycle) {
        byte[] value = cycle.size() == 1 ? Events.OBD_READING.encode(cycle.readings().get(0))
                : Events.OBD_READING_BATCH.encode(cycle);
        return new ProducerRecord<>(topic, key(cycle.vin()), value);
    }

    static ObdReadingBatch shift(ObdReadingBatch cycle, long ms) {
        return new ObdReadingBatch(cycle.readings().stream().map(r -> shift(r, ms)).toList());
    }

    static ObdReading shift(ObdReading r, long ms) {
        return new ObdReading(r.vin(), r.signal(), r.value(), r.unit(), r.capturedAt().plusMillis(ms), r.source(),
                r.sequence(), r.ecu());
    }

    static byte[] key(String vin) {
        return vin.getBytes(StandardCharsets.UTF_8);
    }
}
