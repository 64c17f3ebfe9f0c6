package com.kcspeedshop.collector.publish.journal;

import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic back, as a consumer downstream would, and dedupes by (source, sequence) the way it must. */
final class TopicReader {

    private TopicReader() {
    }

    /** Every record, in partition order, until {@code distinct} different (source, sequence) pairs arrived or 30 s. */
    static List<ObdReading> readAll(String bootstrapServers, String topic, int distinct) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ObdReading> readings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.size() < distinct && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    ObdReading reading = Events.OBD_READING.decode(record.value());
                    if (!record.key().equals(reading.vin())) {
                        throw new AssertionError("record keyed " + record.key() + " holds a reading of " + reading.vin());
                    }
                    readings.add(reading);
                    seen.add(reading.source() + "/" + reading.sequence());
                }
            }
            // one more short poll: a duplicate beyond 'distinct' must be seen too
            consumer.poll(Duration.ofMillis(300)).forEach(r -> readings.add(Events.OBD_READING.decode(r.value())));
        }
        return readings;
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
