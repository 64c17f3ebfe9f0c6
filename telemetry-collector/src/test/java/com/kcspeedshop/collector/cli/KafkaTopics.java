package com.kcspeedshop.collector.cli;

import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ObdReading;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic back, in partition order, until nothing new arrives for a few seconds. */
final class KafkaTopics {

    private static final Duration QUIET = Duration.ofSeconds(4);

    private KafkaTopics() {
    }

    static List<ObdReading> readings(String bootstrapServers, String topic) {
        return readAll(bootstrapServers, topic, record -> {
            ObdReading reading = Events.OBD_READING.decode(record.value());
            if (!reading.vin().equals(record.key())) {
                throw new AssertionError("record keyed " + record.key() + " holds a reading of " + reading.vin());
            }
            return reading;
        });
    }

    static List<ConsumerRecord<String, byte[]>> records(String bootstrapServers, String topic) {
        return readAll(bootstrapServers, topic, record -> record);
    }

    private static <T> List<T> readAll(String bootstrapServers, String topic,
                                       Function<ConsumerRecord<String, byte[]>, T> map) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<T> all = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < QUIET.toNanos()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    all.add(map.apply(record));
                    quietSince = System.nanoTime();
                }
            }
        }
        return all;
    }
}
