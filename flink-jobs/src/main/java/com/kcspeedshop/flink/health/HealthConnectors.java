package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.flink.ingest.IngestSources;
import com.kcspeedshop.flink.io.DeadLetterSerializer;
import com.kcspeedshop.flink.io.EventSerializer;
import com.kcspeedshop.flink.io.KafkaSinks;
import com.kcspeedshop.flink.io.PostgresUpsertSink;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/** The production connectors of the health job, built from its config. */
final class HealthConnectors {

    private HealthConnectors() {
    }

    static HealthSources sources(HealthJobConfig config) {
        OffsetsInitializer start = startingOffsets(config.starting());
        HealthJobConfig.Topics t = config.topics();
        return new HealthSources(
                IngestSources.kafka(config.bootstrapServers(), config.groupId(), t.readings(), start, config.bounded()),
                IngestSources.kafka(config.bootstrapServers(), config.groupId(), t.dtcReports(), start,
                        config.bounded()),
                // always from the earliest offset: a fresh job must learn every model promoted so far; bounded with
                // the event inputs so a bounded run ends
                IngestSources.kafka(config.bootstrapServers(), config.groupId(), t.modelUpdates(),
                        OffsetsInitializer.earliest(), config.bounded()));
    }

    static HealthSinks sinks(HealthJobConfig config) {
        HealthJobConfig.Topics t = config.topics();
        return new HealthSinks(
                kafka(config, config.deliveryGuarantee(), "health-scores",
                        new EventSerializer<>(t.healthScores(), HealthScore.class, HealthScore::vin)),
                kafka(config, config.deliveryGuarantee(), "anomalies",
                        new EventSerializer<>(t.anomalies(), Anomaly.class, Anomaly::vin)),
                kafka(config, config.alertsDeliveryGuarantee(), "alerts",
                        new EventSerializer<>(t.alerts(), Alert.class, Alert::vin)),
                new PostgresUpsertSink<>("health-scores", config.jdbc(), config.jdbcBatchSize(), config.jdbcMaxDelay(),
                        HealthScoreUpserts::key, new HealthScoreUpserts()),
                new PostgresUpsertSink<>("alerts", config.jdbc(), config.jdbcBatchSize(), config.jdbcMaxDelay(),
                        AlertUpserts::key, new AlertUpserts()),
                kafka(config, config.deliveryGuarantee(), "dead-letters", new DeadLetterSerializer(t.deadLetters())),
                kafka(config, config.deliveryGuarantee(), "late-readings",
                        new EventSerializer<>(t.lateReadings(), ObdReading.class, ObdReading::vin)),
                kafka(config, config.deliveryGuarantee(), "late-dtc-reports",
                        new EventSerializer<>(t.lateDtcReports(), DtcReport.class, DtcReport::vin)));
    }

    // each output gets its own transactional id prefix: two sinks sharing one would fence each other's transactions
    private static <T> KafkaSink<T> kafka(HealthJobConfig config, DeliveryGuarantee guarantee, String output,
                                          KafkaRecordSerializationSchema<T> serializer) {
        return KafkaSinks.of(guarantee, config.bootstrapServers(), serializer, config.transactionalIdPrefix(), output,
                config.transactionTimeout());
    }

    @SuppressWarnings("deprecation") // the connector's API still takes Kafka's OffsetResetStrategy
    private static OffsetsInitializer startingOffsets(HealthJobConfig.Starting start) {
        return switch (start) {
            case COMMITTED -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
            case EARLIEST -> OffsetsInitializer.earliest();
            case LATEST -> OffsetsInitializer.latest();
        };
    }
}
