package com.kcspeedshop.flink.ingest;

import com.kcspeedshop.flink.io.KafkaRecord;
import com.kcspeedshop.flink.io.KafkaRecordDeserializer;
import java.util.Objects;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;

/**
 * Kafka sources for the ingest stage. They hand over raw records ({@link KafkaRecord}) and never decode, so a corrupt
 * record becomes a dead letter downstream instead of failing the source.
 */
public final class IngestSources {

    private IngestSources() {
    }

    /**
     * @param groupId consumer group; offsets are committed under it on each checkpoint and it prefixes the client ids
     * @param start   where a partition without a restored offset starts
     * @param bounded true to stop at the end offsets seen at start-up (replays, backfills, tests)
     */
    public static KafkaSource<KafkaRecord> kafka(String bootstrapServers, String groupId, String topic,
                                                 OffsetsInitializer start, boolean bounded) {
        KafkaSourceBuilder<KafkaRecord> builder = KafkaSource.<KafkaRecord>builder()
                .setBootstrapServers(Objects.requireNonNull(bootstrapServers, "bootstrapServers"))
                .setGroupId(Objects.requireNonNull(groupId, "groupId"))
                .setClientIdPrefix(groupId + "-" + topic)
                .setTopics(Objects.requireNonNull(topic, "topic"))
                .setStartingOffsets(Objects.requireNonNull(start, "start"))
                .setDeserializer(new KafkaRecordDeserializer());
        if (bounded) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }
}
