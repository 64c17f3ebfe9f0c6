package com.kcspeedshop.flink.io;

import com.kcspeedshop.events.EventCodec;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes events in their binary wire form, keyed (UTF-8) by a field of the event, usually the VIN, so every record of
 * one vehicle lands on one partition and consumers see that vehicle's events in order.
 *
 * @param <T> the event type, one of the records in {@code Events}
 */
public final class EventSerializer<T> implements KafkaRecordSerializationSchema<T> {

    private static final long serialVersionUID = 1L;

    private final String topic;
    private final Class<T> type;
    private final SerializableFunction<T, String> key;
    private transient EventCodec<T> codec;

    public EventSerializer(String topic, Class<T> type, SerializableFunction<T, String> key) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.type = Objects.requireNonNull(type, "type");
        this.key = Objects.requireNonNull(key, "key");
        Codecs.forType(type); // fail while building the job if the type has no codec
    }

    @Override
    public void open(SerializationSchema.InitializationContext context, KafkaSinkContext sinkContext) {
        codec = Codecs.forType(type);
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(T event, KafkaSinkContext context, Long timestamp) {
        if (codec == null) { // open() is optional in some test paths; the lookup is cheap
            codec = Codecs.forType(type);
        }
        return new ProducerRecord<>(topic, null, timestamp, key.apply(event).getBytes(StandardCharsets.UTF_8),
                codec.encode(event));
    }
}
