package com.kcspeedshop.collector.publish.journal;

import com.kcspeedshop.collector.TopicRecords;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads a whole topic back, as a consumer downstream would, and dedupes by (source, sequence) the way it must. */
final class TopicReader {

    private TopicReader() {
    }

    /**
     * Every reading, records in partition order and each batch flattened, until {@code distinct} different (source,
     * sequence) pairs arrived or 30 s. Records are decoded as batches (a single reading is a batch of one) and must be
     * keyed by their VIN.
     */
    static List<ObdReading> readAll(String bootstrapServers, String topic, int distinct) {
        return TopicRecords.readings(TopicRecords.readUntil(bootstrapServers, topic,
                records -> distinctReadings(records) >= distinct));
    }

    /** The records as they arrived, each decoded as a batch, for tests about how readings were grouped. */
    static List<ObdReadingBatch> readBatches(String bootstrapServers, String topic, int distinct) {
        return TopicRecords.readUntil(bootstrapServers, topic, records -> distinctReadings(records) >= distinct)
                .stream().map(TopicRecords::batch).toList();
    }

    private static long distinctReadings(List<ConsumerRecord<String, byte[]>> records) {
        return TopicRecords.readings(records).stream().map(r -> r.source() + "/" + r.sequence()).distinct().count();
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
        return expectedByVin(count, Readings::reading);
    }

    /** What a publisher of sequences {@code 0..count-1} made by {@code readings} sent, per VIN in order. */
    static Map<String, List<Long>> expectedByVin(long count, LongFunction<ObdReading> readings) {
        Map<String, List<Long>> byVin = new LinkedHashMap<>();
        for (long i = 0; i < count; i++) {
            byVin.computeIfAbsent(readings.apply(i).vin(), v -> new ArrayList<>()).add(i);
        }
        return byVin;
    }
}
