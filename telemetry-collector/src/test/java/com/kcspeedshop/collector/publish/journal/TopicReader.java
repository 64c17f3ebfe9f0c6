package com.kcspeedshop.collector.publish.journal;

import com.kcspeedshop.collector.TopicRecords;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads a whole topic back, as a consumer downstream would, and dedupes by (source, sequence) the way it must. */
final class TopicReader {

    private TopicReader() {
    }

    /** Every record, in partition order, until {@code distinct} different (source, sequence) pairs arrived or 30 s. */
    static List<ObdReading> readAll(String bootstrapServers, String topic, int distinct) {
        List<ObdReading> readings = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : TopicRecords.readUntil(bootstrapServers, topic,
                records -> distinctReadings(records) >= distinct)) {
            ObdReading reading = Events.OBD_READING.decode(record.value());
            if (!record.key().equals(reading.vin())) {
                throw new AssertionError("record keyed " + record.key() + " holds a reading of " + reading.vin());
            }
            readings.add(reading);
        }
        return readings;
    }

    private static long distinctReadings(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> Events.OBD_READING.decode(r.value()))
                .map(r -> r.source() + "/" + r.sequence()).distinct().count();
    }

    /** Sequences per VIN in arrival order, keeping only the first copy of each (source, sequence). */
    static Map<String, List<Long>> dedupedSequencesByVin(List<ObdReading> readings) {
        Set<String> seen = new HashSet<>();
        Map<String, List<Long>> byVin = new LinkedHashMap<>();
        for (ObdReading reading : readings) {
            if (seen.add(reading.source() + "/" + reading.sequence())) {
                byVin.computeIfAbsent(reading.vin(), v -> new ArrayList<>()).add(reading.sequence());
            }
        }
        return byVin;
    }

    /** Sequences per VIN in arrival order, duplicates and all. */
    static Map<String, List<Long>> sequencesByVin(List<ObdReading> readings) {
        Map<String, List<Long>> byVin = new LinkedHashMap<>();
        readings.forEach(r -> byVin.computeIfAbsent(r.vin(), v -> new ArrayList<>()).add(r.sequence()));
        return byVin;
    }

    /** What a publisher of sequences {@code 0..count-1} through {@link Readings#reading} sent, per VIN in order. */
    static Map<String, List<Long>> expectedByVin(long count) {
        Map<String, List<Long>> byVin = new LinkedHashMap<>();
        for (long i = 0; i < count; i++) {
            byVin.computeIfAbsent(Readings.reading(i).vin(), v -> new ArrayList<>()).add(i);
        }
        return byVin;
    }
}
