package com.kcspeedshop.collector.cli;

import com.kcspeedshop.collector.TopicRecords;
import com.kcspeedshop.events.Events;
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
        return TopicRecords.readUntilQuiet(bootstrapServers, topic, QUIET).stream().map(map).toList();
    }
}
