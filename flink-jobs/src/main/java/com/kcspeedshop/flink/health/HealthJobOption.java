package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.Topics;
import com.kcspeedshop.flink.config.JobOption;
import java.util.Optional;

/**
 * Every configuration key of the health job, with its default and meaning. {@link HealthJobConfig} reads and validates
 * them; {@link JobOption#help} prints them.
 */
public enum HealthJobOption implements JobOption {

    /** Kafka brokers to bootstrap from. Required. */
    BOOTSTRAP_SERVERS("kafka.bootstrap-servers", null, "Kafka brokers, host:port[,host:port...]"),
    /** Consumer group; offsets are committed under it on every checkpoint. */
    GROUP_ID("kafka.group-id", "kcspeedshop-health", "Kafka consumer group id"),
    READINGS_TOPIC("kafka.readings-topic", Topics.OBD_READINGS,
            "topic of reading records (ObdReadingBatch or ObdReading)"),
    DTC_REPORTS_TOPIC("kafka.dtc-reports-topic", Topics.DTC_REPORTS, "topic of DtcReport records"),
    /** The model control topic; read from the earliest offset by a fresh job so it learns every promoted model. */
    MODEL_UPDATES_TOPIC("kafka.model-updates-topic", Topics.MODEL_UPDATES, "topic of ModelUpdate records"),
    HEALTH_SCORES_TOPIC("kafka.health-scores-topic", Topics.HEALTH_SCORES, "topic to write HealthScore records to"),
    ANOMALIES_TOPIC("kafka.anomalies-topic", Topics.ANOMALIES, "topic to write Anomaly records to"),
    ALERTS_TOPIC("kafka.alerts-topic", Topics.ALERTS, "topic to write Alert lifecycle events to"),
    DEAD_LETTER_TOPIC("kafka.dead-letter-topic", Topics.DEAD_LETTER, "topic to write undecodable records to"),
    LATE_READINGS_TOPIC("kafka.late-readings-topic", Topics.LATE_READINGS,
            "topic to write readings to that arrived after the watermark had passed them"),
    /** There is no shared topic for late reports yet; this one is the health job's own. */
    LATE_DTC_REPORTS_TOPIC("kafka.late-dtc-reports-topic", Topics.LATE_DTC_REPORTS,
            "topic to write DTC reports to that arrived after the watermark had passed them"),
    STARTING_OFFSETS("kafka.starting-offsets", "committed",
            "committed (group offsets, else earliest) | earliest | latest"),
    /** Stop at the offsets that are latest when the job starts: for replays and tests. */
    BOUNDED("kafka.bounded", "false", "true to stop at the end offsets seen at start-up, false to run forever"),
    /**
     * Delivery guarantee of the health-score and anomaly topics (and of dead letters and late events). Exactly-once
     * commits on checkpoints, so it needs checkpointing; consumers read with {@code read_committed}.
     */
    DELIVERY_GUARANTEE("kafka.delivery-guarantee", "exactly-once",
            "exactly-once (needs checkpointing) | at-least-once | none"),
    /**
     * Delivery guarantee of the alert topic. At-least-once is the fast path: alerts are visible at once instead of at
     * the next checkpoint, and their deterministic ids let consumers drop the repeats a restart may cause.
     */
    ALERTS_DELIVERY_GUARANTEE("kafka.alerts-delivery-guarantee", "at-least-once",
            "at-least-once (fast path) | exactly-once | none"),
    TRANSACTIONAL_ID_PREFIX("kafka.transactional-id-prefix", "kcspeedshop-health",
            "prefix of Kafka transactional ids (exactly-once only), unique per job on a cluster"),
    TRANSACTION_TIMEOUT("kafka.transaction-timeout", "10m",
            "Kafka transaction timeout (exactly-once only), > checkpoint interval, <= 15m"),
    JDBC_URL("jdbc.url", null, "jdbc:postgresql://host:port/database"),
    JDBC_USER("jdbc.user", null, "database user"),
    JDBC_PASSWORD("jdbc.password", "", "database password"),
    JDBC_BATCH_SIZE("jdbc.batch-size", "500", "rows per database transaction, 1..10000"),
    JDBC_MAX_DELAY("jdbc.max-delay", "200ms", "longest wait before a part-filled batch is written, > 0"),
    /**
     * How far events may arrive out of event-time order. The health operator applies readings on arrival (reading-level
     * alerts leave with them); scores, interval alerts and trouble-code reports wait until the watermark passes them,
     * so for those this is also the least latency.
     */
    OUT_OF_ORDERNESS("event-time.out-of-orderness", "2s", "bounded out-of-orderness of readings and reports, >= 0"),
    IDLENESS("event-time.idleness", "5s", "idle time after which a source split no longer holds back event time, 0 = off"),
    DUPLICATE_TTL("state.duplicate-ttl", "24h", "how long duplicate detection remembers a silent source, > 0"),
    /** How long a silent vehicle's health state (features, baselines, open alert episodes) is kept. */
    STATE_TTL("state.vehicle-ttl", "30d", "how long a silent vehicle's health state is kept, > 0"),
    CHECKPOINT_INTERVAL("checkpoint.interval", "10s", "checkpoint interval, 0 = leave the environment's setting"),
    CHECKPOINT_MODE("checkpoint.mode", "exactly-once", "exactly-once | at-least-once"),
    CHECKPOINT_DIR("checkpoint.dir", null,
            "checkpoint directory, an absolute path or URI (file:///..., s3://...); absent = the environment's"),
    STATE_BACKEND("state.backend", "hashmap", "hashmap (heap) | rocksdb"),
    RESTART_STRATEGY("restart.strategy", "exponential-delay", "none | fixed-delay | exponential-delay"),
    RESTART_ATTEMPTS("restart.attempts", null, "restart attempts, >= 1; absent = Flink's default"),
    RESTART_DELAY("restart.delay", "1s", "delay before a restart (initial delay for exponential-delay), >= 0"),
    PARALLELISM("parallelism", null, "job parallelism, >= 1; absent = the environment's default"),
    /**
     * Longest time a record waits in a part-filled network buffer between operators. Flink's default (100 ms) would be
     * most of the alert fast path's latency at fleet rates; flushing more often costs a little CPU.
     */
    BUFFER_TIMEOUT("latency.buffer-timeout", "5ms",
            "longest wait of a record in a part-filled network buffer, 0 = send every record at once"),
    /**
     * The model registry's artifact store, where promoted anomaly models are fetched from (the same value as the
     * registry CLI's {@code --store}, whose default this is). S3 credentials come from the task managers'
     * environment ({@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, optional {@code AWS_SESSION_TOKEN}).
     */
    MODEL_ARTIFACT_STORE("models.artifact-store", "models/registry",
            "artifact store of promoted models: a folder, file:///folder or s3://bucket[/prefix]"),
    MODEL_S3_ENDPOINT("models.s3-endpoint", null,
            "S3 API endpoint http(s)://host[:port] (MinIO, Ceph, ...); absent = AWS's regional endpoint"),
    MODEL_S3_REGION("models.s3-region", "us-east-1", "S3 signing region"),
    MODEL_S3_PATH_STYLE("models.s3-path-style", null,
            "true = host/bucket/key addressing; absent = true exactly when models.s3-endpoint is set"),
    /** Local copies of artifacts fetched from S3, checked against their SHA256SUMS on every load. */
    MODEL_CACHE_DIR("models.cache-dir", "models/cache", "where artifacts fetched from S3 are kept on each task manager");

    private final String key;
    private final String defaultValue;
    private final String description;

    HealthJobOption(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    @Override
    public String description() {
        return description;
    }

    /** All options, one per line, for {@code --help} and error messages. */
    public static String help() {
        return JobOption.help(values());
    }
}
