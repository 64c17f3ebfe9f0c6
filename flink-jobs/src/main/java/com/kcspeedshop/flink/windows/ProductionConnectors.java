package com.kcspeedshop.flink.windows;

import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.SignalWindow;
import com.kcspeedshop.flink.ingest.IngestSources;
import com.kcspeedshop.flink.io.DeadLetterSerializer;
import com.kcspeedshop.flink.io.EventSerializer;
import com.kcspeedshop.flink.io.KafkaRecord;
import com.kcspeedshop.flink.io.KafkaSinks;
import com.kcspeedshop.flink.io.SignalWindowPostgresSink;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/** The real connectors of the signal-windows job, built from its config. */
final class ProductionConnectors {

    private ProductionConnectors() {
    }

    static KafkaSource<KafkaRecord> source(SignalWindowJobConfig config) {
        return IngestSources.kafka(config.bootstrapServers(), config.groupId(), config.readingsTopic(),
                startingOffsets(config.startingOffsets()), config.bounded());
    }

    static SignalWindowSinks sinks(SignalWindowJobConfig config) {
        KafkaSink<SignalWindow> windows = kafkaSink(config, "windows",
                new EventSerializer<>(config.windowsTopic(), SignalWindow.class, SignalWindow::vin));
        KafkaSink<DeadLetter> deadLetters = kafkaSink(config, "dead-letters",
                new DeadLetterSerializer(config.deadLetterTopic()));
        KafkaSink<ObdReading> late = kafkaSink(config, "late-readings",
                new EventSerializer<>(config.lateReadingsTopic(), ObdReading.class, ObdReading::vin));
        Sink<SignalWindow> table =
                SignalWindowPostgresSink.create(config.jdbc(), config.jdbcBatchSize(), config.jdbcMaxDelay());
        return new SignalWindowSinks(windows, table, deadLetters, late);
    }

    // each output gets its own transactional id prefix: two sinks sharing one would fence each other's transactions
    private static <T> KafkaSink<T> kafkaSink(SignalWindowJobConfig config, String output,
                                              KafkaRecordSerializationSchema<T> serializer) {
        return KafkaSinks.of(config.deliveryGuarantee(), config.bootstrapServers(), serializer,
                config.transactionalIdPrefix(), output, config.transactionTimeout());
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
