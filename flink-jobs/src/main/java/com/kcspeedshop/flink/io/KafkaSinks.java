package com.kcspeedshop.flink.io;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;

/**
 * Kafka sinks with the project's delivery rules in one place.
 *
 * <p><b>Exactly-once</b> writes each checkpoint's records in one Kafka transaction and commits it when the checkpoint
 * completes, so downstream consumers reading with {@code isolation.level=read_committed} see every record once, but
 * only after the next checkpoint: latency is up to one checkpoint interval. Use it for results (health scores,
 * anomalies, windows). <b>At-least-once</b> sends at once and flushes on checkpoints, so a restart may repeat records;
 * use it for the fast alert path, whose records carry deterministic ids so consumers can drop repeats.
 */
public final class KafkaSinks {

    /**
     * Below the broker's default {@code transaction.max.timeout.ms} (15 min), which refuses longer ones; Flink's own
     * default (1 h) would fail the job at its first transaction (STACK.md, gotcha 9).
     */
    public static final Duration DEFAULT_TRANSACTION_TIMEOUT = Duration.ofMinutes(10);
    /** Kafka brokers' default {@code transaction.max.timeout.ms}. */
    public static final Duration BROKER_DEFAULT_MAX_TRANSACTION_TIMEOUT = Duration.ofMinutes(15);

    // Kafka allows any string as transactional id; we keep them readable in broker logs and the Flink UI
    private static final Pattern ID_PART = Pattern.compile("[a-zA-Z0-9._-]{1,100}");

    private KafkaSinks() {
    }

    /**
     * A transactional sink. Its transactional id prefix is {@code <jobName>-<output>}: unique per job and output,
     * because two sinks sharing a prefix fence each other's transactions, and stable across restarts, because Flink
     * aborts the lingering transactions of the previous run by that prefix.
     *
     * @param transactionTimeout longer than the checkpoint interval plus a restart, and not above the broker's
     *                           {@code transaction.max.timeout.ms}
     */
    public static <T> KafkaSink<T> exactlyOnce(String bootstrapServers, KafkaRecordSerializationSchema<T> serializer,
                                               String jobName, String output, Duration transactionTimeout) {
        Objects.requireNonNull(transactionTimeout, "transactionTimeout");
        if (transactionTimeout.isNegative() || transactionTimeout.isZero()) {
            throw new IllegalArgumentException("transaction timeout must be positive, got " + transactionTimeout);
        }
        return KafkaSink.<T>builder()
                .setBootstrapServers(Objects.requireNonNull(bootstrapServers, "bootstrapServers"))
                .setRecordSerializer(Objects.requireNonNull(serializer, "serializer"))
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix(transactionalIdPrefix(jobName, output))
                .setProperty("transaction.timeout.ms", String.valueOf(transactionTimeout.toMillis()))
                .build();
    }

    /** A sink that sends at once and flushes on every checkpoint; repeats are possible after a restart. */
    public static <T> KafkaSink<T> atLeastOnce(String bootstrapServers, KafkaRecordSerializationSchema<T> serializer) {
        return KafkaSink.<T>builder()
                .setBootstrapServers(Objects.requireNonNull(bootstrapServers, "bootstrapServers"))
                .setRecordSerializer(Objects.requireNonNull(serializer, "serializer"))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    /** The sink for a configured guarantee; {@code NONE} sends without waiting for anything. */
    public static <T> KafkaSink<T> of(DeliveryGuarantee guarantee, String bootstrapServers,
                                      KafkaRecordSerializationSchema<T> serializer, String jobName, String output,
                                      Duration transactionTimeout) {
        return switch (Objects.requireNonNull(guarantee, "guarantee")) {
            case EXACTLY_ONCE -> exactlyOnce(bootstrapServers, serializer, jobName, output, transactionTimeout);
            case AT_LEAST_ONCE -> atLeastOnce(bootstrapServers, serializer);
            case NONE -> KafkaSink.<T>builder().setBootstrapServers(bootstrapServers).setRecordSerializer(serializer)
                    .setDeliveryGuarantee(DeliveryGuarantee.NONE).build();
        };
    }

    /** {@code <jobName>-<output>}; both parts checked so a typo cannot make two outputs share a prefix silently. */
    public static String transactionalIdPrefix(String jobName, String output) {
        for (String part : new String[] {jobName, output}) {
            if (part == null || !ID_PART.matcher(part).matches()) {
                throw new IllegalArgumentException("job and output names in a transactional id must be 1-100 "
                        + "characters of a-z, A-Z, 0-9, '.', '_' and '-', got: " + part);
            }
        }
        return jobName + "-" + output;
    }
}
