package com.kcspeedshop.collector.cli;

import com.kcspeedshop.collector.TopicRecords;
import com.kcspeedshop.events.ObdReading;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads a whole topic back, in partition order, until nothing new arrives for a few seconds. */
final class KafkaTopics {

    private static final Duration QUIET = Duration.ofSeconds(4);

    private KafkaTopics() {
    }

    /** Every reading on the topic: records decoded as batches (a single reading is a batch of one) and flattened. */
    static List<ObdReading> readings(String bootstrapServers, String topic) {
        return TopicRecords.readings(records(bootstrapServers, topic));
    }

    static List<ConsumerRecord<String, byte[]>> records(String bootstrapServers, String topic) {
        return readAll(bootstrapServers, topic, record -> record);
    }

    private static <T> List<T> readAll(String bootstrapServers, String topic,
                                       Function<ConsumerRecord<String, byte[]>, T> map) {
        return TopicRecords.readUntilQuiet(bootstrapServers, topic, QUIET).stream().map(map).toList();
    }
}
