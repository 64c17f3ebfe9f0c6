package com.kcspeedshop.flink.io;

import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.Events;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes dead letters as JSON, because people read that topic. The key is the source topic so one topic's failures
 * stay in order on one partition.
 */
public final class DeadLetterSerializer implements KafkaRecordSerializationSchema<DeadLetter> {

    private static final long serialVersionUID = 1L;

    private final String topic;

    public DeadLetterSerializer(String topic) {
        this.topic = Objects.requireNonNull(topic, "topic");
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(DeadLetter letter, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(topic, null, timestamp,
                letter.sourceTopic().getBytes(StandardCharsets.UTF_8),
                Events.DEAD_LETTER.toJson(letter).getBytes(StandardCharsets.UTF_8));
    }
}
