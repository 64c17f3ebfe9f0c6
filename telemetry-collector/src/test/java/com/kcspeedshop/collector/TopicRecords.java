package com.kcspeedshop.collector;

import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic back from the beginning of every partition, as a downstream consumer would; for the collector's ITs. */
public final class TopicRecords {

    private TopicRecords() {
    }

    /** Every record until {@code expected} arrived or 30 s passed, plus whatever a short extra poll finds. */
    public static List<ConsumerRecord<String, byte[]>> readAll(String bootstrapServers, String topic, int expected) {
        return readUntil(bootstrapServers, topic, records -> records.size() >= expected);
    }

    /** Every record until {@code expected} readings (batched or alone) arrived or 30 s passed, plus one short poll. */
    public static List<ConsumerRecord<String, byte[]>> readReadings(String bootstrapServers, String topic,
                                                                    int expected) {
        int[] counted = {0};
        long[] readings = {0};
        return readUntil(bootstrapServers, topic, records -> {
            for (; counted[0] < records.size(); counted[0]++) {
                readings[0] += batch(records.get(counted[0])).size();
            }
            return readings[0] >= expected;
        });
    }

    /**
     * The record as a consumer of the readings topic decodes it: with {@link Events#OBD_READING_BATCH}, which reads a
     * batch, or a single reading as a batch of one. Fails unless the record is keyed by the batch's VIN.
     */
    public static ObdReadingBatch batch(ConsumerRecord<String, byte[]> record) {
        ObdReadingBatch batch = Events.OBD_READING_BATCH.decode(record.value());
        if (!batch.vin().equals(record.key())) {
            throw new AssertionError("record keyed " + record.key() + " holds readings of " + batch.vin());
        }
        return batch;
    }

    /** Every reading of the records, in record order, each batch flattened in its own order. */
    public static List<ObdReading> readings(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().flatMap(record -> batch(record).readings().stream()).toList();
    }

    /** Every record until none arrived for {@code quiet}: for when the test cannot know how many to expect. */
    public static List<ConsumerRecord<String, byte[]>> readUntilQuiet(String bootstrapServers, String topic,
                                                                      Duration quiet) {
        int[] lastSize = {-1};
        long[] quietSince = {System.nanoTime()};
        return readUntil(bootstrapServers, topic, records -> {
            if (records.size() != lastSize[0]) {
                lastSize[0] = records.size();
                quietSince[0] = System.nanoTime();
            }
            return System.nanoTime() - quietSince[0] >= quiet.toNanos();
        }, Duration.ofMinutes(2));
    }

    /**
     * Every record until {@code enough} holds for what arrived or 30 s passed; then one more short poll, so a duplicate
     * or a stray extra record beyond the expected ones is seen too.
     */
    public static List<ConsumerRecord<String, byte[]>> readUntil(String bootstrapServers, String topic,
                                                                 Predicate<List<ConsumerRecord<String, byte[]>>> enough) {
        return readUntil(bootstrapServers, topic, enough, Duration.ofSeconds(30));
    }

    private static List<ConsumerRecord<String, byte[]>> readUntil(String bootstrapServers, String topic,
            Predicate<List<ConsumerRecord<String, byte[]>>> enough, Duration timeout) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!enough.test(records) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            consumer.poll(Duration.ofMillis(400)).forEach(records::add);
        }
        return records;
    }
}
