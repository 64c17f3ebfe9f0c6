package com.kcspeedshop.flink.windows;

import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.SignalWindow;
import com.kcspeedshop.flink.io.DeadLetterSerializer;
import com.kcspeedshop.flink.io.EventSerializer;
import com.kcspeedshop.flink.io.KafkaRecord;
import com.kcspeedshop.flink.io.KafkaRecordDeserializer;
import com.kcspeedshop.flink.io.SignalWindowPostgresSink;
import java.time.Duration;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.sink.KafkaSinkBuilder;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/** The real connectors of the signal-windows job, built from its config. */
final class ProductionConnectors {

    // below the broker's default transaction.max.timeout.ms (15 min); Flink's default (1 h) would be refused
    private static final Duration TRANSACTION_TIMEOUT = Duration.ofMinutes(10);

    private ProductionConnectors() {
    }

    static KafkaSource<KafkaRecord> source(SignalWindowJobConfig config) {
        KafkaSourceBuilder<KafkaRecord> builder = KafkaSource.<KafkaRecord>builder()
                .setBootstrapServers(config.bootstrapServers())
                .setGroupId(config.groupId())
                .setClientIdPrefix(config.groupId())
                .setTopics(config.readingsTopic())
                .setStartingOffsets(startingOffsets(config.startingOffsets()))
                .setDeserializer(new KafkaRecordDeserializer());
        if (config.bounded()) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }

    static SignalWindowSinks sinks(SignalWindowJobConfig config) {
        KafkaSink<SignalWindow> windows = kafkaSink(config, "windows",
                new EventSerializer<>(config.windowsTopic(), SignalWindow.class, SignalWindow::vin));
        KafkaSink<DeadLetter> deadLetters = kafkaSink(config, "dead-letters",
                new DeadLetterSerializer(config.deadLetterTopic()));
        SignalWindowPostgresSink table =
                new SignalWindowPostgresSink(config.jdbc(), config.jdbcBatchSize(), config.jdbcMaxDelay());
        return new SignalWindowSinks(windows, table, deadLetters);
    }

    private static <T> KafkaSink<T> kafkaSink(SignalWindowJobConfig config, String name,
                                              KafkaRecordSerializationSchema<T> serializer) {
        KafkaSinkBuilder<T> builder = KafkaSink.<T>builder()
                .setBootstrapServers(config.bootstrapServers())
                .setRecordSerializer(serializer)
                .setDeliveryGuarantee(config.deliveryGuarantee());
        if (config.deliveryGuarantee() == DeliveryGuarantee.EXACTLY_ONCE) {
            // each sink needs its own prefix: two sinks sharing one would fence each other's transactions
            builder.setTransactionalIdPrefix(config.transactionalIdPrefix() + "-" + name)
                    .setProperty("transaction.timeout.ms", String.valueOf(TRANSACTION_TIMEOUT.toMillis()));
        }
        return builder.build();
    }

    @SuppressWarnings("deprecation") // the connector's API still takes Kafka's OffsetResetStrategy
    private static OffsetsInitializer startingOffsets(SignalWindowJobConfig.StartingOffsets start) {
        return switch (start) {
            case COMMITTED -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
            case EARLIEST -> OffsetsInitializer.earliest();
            case LATEST -> OffsetsInitializer.latest();
        };
    }
}
