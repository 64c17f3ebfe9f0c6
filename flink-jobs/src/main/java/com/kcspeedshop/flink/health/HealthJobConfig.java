package com.kcspeedshop.flink.health;

import static com.kcspeedshop.flink.health.HealthJobOption.*;

import com.kcspeedshop.flink.config.JobConfigException;
import com.kcspeedshop.flink.config.OptionValues;
import com.kcspeedshop.flink.faulttolerance.FaultTolerance;
import com.kcspeedshop.flink.faulttolerance.RestartStrategyKind;
import com.kcspeedshop.flink.faulttolerance.StateBackendKind;
import com.kcspeedshop.flink.ingest.IngestSettings;
import com.kcspeedshop.flink.io.JdbcSettings;
import com.kcspeedshop.flink.io.KafkaSinks;
import com.kcspeedshop.serving.registry.ArtifactStoreSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.core.execution.CheckpointingMode;

/**
 * The validated settings of the health job, built only by {@link #fromArgs} or {@link #fromMap}: every key is checked
 * (see {@link HealthJobOption}) and the first bad one is reported as a {@link JobConfigException}, before the job
 * touches Kafka or PostgreSQL. Immutable.
 *
 * @param starting      where a fresh consumer starts reading
 * @param artifactStore where promoted anomaly models are fetched from
 */
public record HealthJobConfig(String bootstrapServers, String groupId, Topics topics, Starting starting, boolean bounded,
                              DeliveryGuarantee deliveryGuarantee, DeliveryGuarantee alertsDeliveryGuarantee,
                              String transactionalIdPrefix, Duration transactionTimeout, JdbcSettings jdbc,
                              int jdbcBatchSize, Duration jdbcMaxDelay, Duration outOfOrderness, Duration idleness,
                              Duration duplicateTtl, Duration stateTtl, FaultTolerance faultTolerance,
                              OptionalInt parallelism, Duration bufferTimeout,
                              ArtifactStoreSettings artifactStore) {

    /** Where a fresh consumer starts reading the event topics. */
    public enum Starting {
        /** The group's committed offsets; earliest for partitions without one. */
        COMMITTED,
        EARLIEST,
        LATEST
    }

    /** The job's topics. */
    public record Topics(String readings, String dtcReports, String modelUpdates, String healthScores,
                         String anomalies, String alerts, String deadLetters, String lateReadings,
                         String lateDtcReports) {
    }

    private static final Pattern SERVERS =
            Pattern.compile("(\\[[0-9a-fA-F:.]+]|[^\\s,:\\[\\]]+):\\d{1,5}(,(\\[[0-9a-fA-F:.]+]|[^\\s,:\\[\\]]+):\\d{1,5})*");
    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}"); // Kafka's rule
    private static final Pattern TRANSACTIONAL_ID = Pattern.compile("[a-zA-Z0-9._-]{1,100}");
    private static final Pattern NOT_BLANK = Pattern.compile(".*\\S.*");
    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://\\S+");

    /** Reads {@code --key value} or {@code --key=value} arguments, as given to {@code main}. */
    public static HealthJobConfig fromArgs(String... args) {
        return fromMap(OptionValues.parseArgs(args));
    }

    /** Reads {@code key=value} settings; keys are those of {@link HealthJobOption}, unknown keys are an error. */
    public static HealthJobConfig fromMap(Map<String, String> settings) {
        OptionValues v = OptionValues.of(settings, HealthJobOption.values(), HealthJob.JOB_NAME);
        Topics topics = new Topics(topic(v, READINGS_TOPIC), topic(v, DTC_REPORTS_TOPIC), topic(v, MODEL_UPDATES_TOPIC),
                topic(v, HEALTH_SCORES_TOPIC), topic(v, ANOMALIES_TOPIC), topic(v, ALERTS_TOPIC),
                topic(v, DEAD_LETTER_TOPIC), topic(v, LATE_READINGS_TOPIC), topic(v, LATE_DTC_REPORTS_TOPIC));
        DeliveryGuarantee delivery = v.enumValue(DELIVERY_GUARANTEE, DeliveryGuarantee.class);
        DeliveryGuarantee alertsDelivery = v.enumValue(ALERTS_DELIVERY_GUARANTEE, DeliveryGuarantee.class);
        Duration transactionTimeout = v.duration(TRANSACTION_TIMEOUT, false);
        if (transactionTimeout.compareTo(KafkaSinks.BROKER_DEFAULT_MAX_TRANSACTION_TIMEOUT) > 0) {
            throw OptionValues.invalid(TRANSACTION_TIMEOUT, "at most 15m (brokers refuse longer transactions unless "
                    + "transaction.max.timeout.ms is raised)", v.required(TRANSACTION_TIMEOUT));
        }
        FaultTolerance faultTolerance = faultTolerance(v);
        Duration interval = faultTolerance.checkpointInterval();
        boolean transactional = delivery == DeliveryGuarantee.EXACTLY_ONCE
                || alertsDelivery == DeliveryGuarantee.EXACTLY_ONCE;
        if (transactional && !interval.isZero() && transactionTimeout.compareTo(interval) <= 0) {
            throw OptionValues.invalid(TRANSACTION_TIMEOUT, "longer than checkpoint.interval (" + interval
                    + "): an exactly-once sink commits only on checkpoints", v.required(TRANSACTION_TIMEOUT));
        }
        JdbcSettings jdbc = new JdbcSettings(v.matching(JDBC_URL, POSTGRES_URL, "jdbc:postgresql://host:port/database"),
                v.matching(JDBC_USER, NOT_BLANK, "a database user"), v.optional(JDBC_PASSWORD).orElse(""));
        OptionalInt parallelism = v.optional(PARALLELISM).isPresent()
                ? OptionalInt.of(v.integer(PARALLELISM, 1, 32_768)) : OptionalInt.empty();
        return new HealthJobConfig(v.matching(BOOTSTRAP_SERVERS, SERVERS, "host:port[,host:port...]"),
                v.matching(GROUP_ID, NOT_BLANK, "a non-blank consumer group id"), topics,
                v.enumValue(STARTING_OFFSETS, Starting.class), v.bool(BOUNDED), delivery, alertsDelivery,
                v.matching(TRANSACTIONAL_ID_PREFIX, TRANSACTIONAL_ID,
                        "1-100 characters of a-z, A-Z, 0-9, '.', '_' and '-'"),
                transactionTimeout, jdbc, v.integer(JDBC_BATCH_SIZE, 1, 10_000), v.duration(JDBC_MAX_DELAY, false),
                v.duration(OUT_OF_ORDERNESS, true), v.duration(IDLENESS, true), v.duration(DUPLICATE_TTL, false),
                v.duration(STATE_TTL, false), faultTolerance, parallelism, v.duration(BUFFER_TIMEOUT, true),
                artifactStore(v));
    }

    /**
     * Applies the parallelism (if set), fault tolerance and buffer timeout to {@code env}, and turns on object reuse:
     * every record of the job is an immutable Java record, so Flink need not copy each one between chained operators
     * (the copies showed up in a profile of the benchmark).
     */
    public void applyTo(org.apache.flink.streaming.api.environment.StreamExecutionEnvironment env) {
        parallelism.ifPresent(env::setParallelism);
        faultTolerance.applyTo(env);
        env.setBufferTimeout(bufferTimeout.toMillis());
        env.getConfig().enableObjectReuse();
    }

    private static ArtifactStoreSettings artifactStore(OptionValues v) {
        URI endpoint = null;
        if (v.optional(MODEL_S3_ENDPOINT).isPresent()) {
            String value = v.required(MODEL_S3_ENDPOINT);
            try {
                endpoint = new URI(value);
            } catch (java.net.URISyntaxException e) {
                throw OptionValues.invalid(MODEL_S3_ENDPOINT, "http(s)://host[:port]", value);
            }
        }
        Boolean pathStyle = v.optional(MODEL_S3_PATH_STYLE).isPresent() ? v.bool(MODEL_S3_PATH_STYLE) : null;
        try {
            return new ArtifactStoreSettings(v.required(MODEL_ARTIFACT_STORE), endpoint, v.required(MODEL_S3_REGION),
                    pathStyle, v.required(MODEL_CACHE_DIR));
        } catch (IllegalArgumentException e) {
            // the settings' message names the rule broken and the value that broke it
            throw new JobConfigException(MODEL_ARTIFACT_STORE.key(), e.getMessage());
        }
    }

    /** Event time and duplicate detection of the ingest stage; dead letters name this job. */
    public IngestSettings ingest() {
        return new IngestSettings(outOfOrderness, idleness, duplicateTtl, HealthJob.JOB_NAME);
    }

    private static FaultTolerance faultTolerance(OptionValues v) {
        Duration interval = v.duration(CHECKPOINT_INTERVAL, true);
        if (!interval.isZero() && interval.compareTo(FaultTolerance.MIN_CHECKPOINT_INTERVAL) < 0) {
            throw OptionValues.invalid(CHECKPOINT_INTERVAL, "0 or at least 10ms (Flink's minimum)",
                    v.required(CHECKPOINT_INTERVAL));
        }
        Optional<URI> dir = v.optional(CHECKPOINT_DIR).map(value -> checkpointDir(value));
        OptionalInt attempts = v.optional(RESTART_ATTEMPTS).isPresent()
                ? OptionalInt.of(v.integer(RESTART_ATTEMPTS, 1, Integer.MAX_VALUE)) : OptionalInt.empty();
        return new FaultTolerance(interval, v.enumValue(CHECKPOINT_MODE, CheckpointingMode.class), dir,
                v.enumValue(STATE_BACKEND, StateBackendKind.class),
                v.enumValue(RESTART_STRATEGY, RestartStrategyKind.class), attempts, v.duration(RESTART_DELAY, true));
    }

    /** An absolute path becomes a file: URI; anything else must already be an absolute URI. */
    private static URI checkpointDir(String value) {
        if (value.startsWith("/")) {
            return Path.of(value).toUri();
        }
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute()) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below with the expected form
        }
        throw OptionValues.invalid(CHECKPOINT_DIR, "an absolute path or a URI with a scheme (file:///..., s3://...)",
                value);
    }

    private static String topic(OptionValues v, HealthJobOption option) {
        return v.matching(option, TOPIC, "a Kafka topic name ([a-zA-Z0-9._-], at most 249 characters)");
    }
}
