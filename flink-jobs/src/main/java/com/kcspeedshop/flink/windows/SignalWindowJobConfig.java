package com.kcspeedshop.flink.windows;

import static com.kcspeedshop.flink.windows.SignalWindowOption.*;

import com.kcspeedshop.flink.faulttolerance.FaultTolerance;
import com.kcspeedshop.flink.faulttolerance.RestartStrategyKind;
import com.kcspeedshop.flink.faulttolerance.StateBackendKind;
import com.kcspeedshop.flink.ingest.IngestSettings;
import com.kcspeedshop.flink.io.JdbcSettings;
import com.kcspeedshop.flink.io.KafkaSinks;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.core.execution.CheckpointingMode;

/**
 * The validated settings of the signal-windows job. Built only through {@link #fromArgs} or {@link #fromMap}, which
 * check every key (see {@link SignalWindowOption}) and throw {@link SignalWindowConfigException} naming the first bad
 * one, so a misconfigured job fails before it touches Kafka or PostgreSQL. Immutable.
 */
public final class SignalWindowJobConfig {

    /** Where a fresh consumer starts reading. */
    public enum StartingOffsets {
        /** The group's committed offsets; earliest for partitions without one. */
        COMMITTED,
        EARLIEST,
        LATEST
    }

    // host:port or [ipv6]:port, comma separated
    private static final Pattern SERVERS =
            Pattern.compile("(\\[[0-9a-fA-F:.]+]|[^\\s,:\\[\\]]+):\\d{1,5}(,(\\[[0-9a-fA-F:.]+]|[^\\s,:\\[\\]]+):\\d{1,5})*");
    // Kafka's own rule for topic names
    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
    private static final Pattern TRANSACTIONAL_ID = Pattern.compile("[a-zA-Z0-9._-]{1,100}");
    private static final Pattern NOT_BLANK = Pattern.compile(".*\\S.*");
    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://\\S+");

    private final String bootstrapServers;
    private final String groupId;
    private final String readingsTopic;
    private final String windowsTopic;
    private final String deadLetterTopic;
    private final String lateReadingsTopic;
    private final StartingOffsets startingOffsets;
    private final boolean bounded;
    private final DeliveryGuarantee deliveryGuarantee;
    private final String transactionalIdPrefix;
    private final Duration transactionTimeout;
    private final JdbcSettings jdbc;
    private final int jdbcBatchSize;
    private final Duration jdbcMaxDelay;
    private final WindowTiming timing;
    private final Duration duplicateTtl;
    private final FaultTolerance faultTolerance;
    private final OptionalInt parallelism;

    private SignalWindowJobConfig(ConfigValues values) {
        bootstrapServers = values.matching(BOOTSTRAP_SERVERS, SERVERS, "host:port[,host:port...]");
        groupId = values.matching(GROUP_ID, NOT_BLANK, "a non-blank consumer group id");
        readingsTopic = topic(values, READINGS_TOPIC);
        windowsTopic = topic(values, WINDOWS_TOPIC);
        deadLetterTopic = topic(values, DEAD_LETTER_TOPIC);
        lateReadingsTopic = topic(values, LATE_READINGS_TOPIC);
        startingOffsets = values.enumValue(STARTING_OFFSETS, StartingOffsets.class);
        bounded = values.bool(BOUNDED);
        deliveryGuarantee = values.enumValue(DELIVERY_GUARANTEE, DeliveryGuarantee.class);
        transactionalIdPrefix = values.matching(TRANSACTIONAL_ID_PREFIX, TRANSACTIONAL_ID,
                "1-100 characters of a-z, A-Z, 0-9, '.', '_' and '-'");
        transactionTimeout = values.duration(TRANSACTION_TIMEOUT, false);
        if (transactionTimeout.compareTo(KafkaSinks.BROKER_DEFAULT_MAX_TRANSACTION_TIMEOUT) > 0) {
            throw ConfigValues.invalid(TRANSACTION_TIMEOUT, "at most 15m (brokers refuse longer transactions unless "
                    + "transaction.max.timeout.ms is raised)", values.required(TRANSACTION_TIMEOUT));
        }
        jdbc = new JdbcSettings(values.matching(JDBC_URL, POSTGRES_URL, "jdbc:postgresql://host:port/database"),
                values.matching(JDBC_USER, NOT_BLANK, "a database user"), values.optional(JDBC_PASSWORD).orElse(""));
        jdbcBatchSize = values.integer(JDBC_BATCH_SIZE, values.required(JDBC_BATCH_SIZE), 1, 10_000);
        jdbcMaxDelay = values.duration(JDBC_MAX_DELAY, false);
        timing = timing(values);
        duplicateTtl = values.duration(DUPLICATE_TTL, false);
        faultTolerance = faultTolerance(values);
        Duration interval = faultTolerance.checkpointInterval();
        if (deliveryGuarantee == DeliveryGuarantee.EXACTLY_ONCE && !interval.isZero()
                && transactionTimeout.compareTo(interval) <= 0) {
            throw ConfigValues.invalid(TRANSACTION_TIMEOUT, "longer than checkpoint.interval (" + interval
                    + "): an exactly-once sink commits only on checkpoints", values.required(TRANSACTION_TIMEOUT));
        }
        parallelism = values.optional(PARALLELISM)
                .map(p -> OptionalInt.of(values.integer(PARALLELISM, p, 1, 32_768)))
                .orElse(OptionalInt.empty());
    }

    /** Reads {@code key=value} settings; keys are those of {@link SignalWindowOption}, unknown keys are an error. */
    public static SignalWindowJobConfig fromMap(Map<String, String> settings) {
        for (String key : settings.keySet()) {
            if (SignalWindowOption.ofKey(key).isEmpty()) {
                throw new SignalWindowConfigException(key, "is not a setting of the signal-windows job; known: "
                        + System.lineSeparator() + SignalWindowOption.help());
            }
        }
        return new SignalWindowJobConfig(new ConfigValues(Map.copyOf(settings)));
    }

    /** Reads {@code --key value} or {@code --key=value} arguments, as given to {@code main}. */
    public static SignalWindowJobConfig fromArgs(String... args) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new SignalWindowConfigException(arg, "is not an option; expected --key value or --key=value");
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                settings.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                settings.put(arg.substring(2), args[++i]);
            } else {
                throw new SignalWindowConfigException(arg.substring(2), "has no value; expected --key value");
            }
        }
        return fromMap(settings);
    }

    private static WindowTiming timing(ConfigValues values) {
        Duration size = values.duration(WINDOW_SIZE, false);
        if (!size.equals(Duration.ofMillis(size.toMillis()))) {
            throw ConfigValues.invalid(WINDOW_SIZE, "a whole number of milliseconds", values.required(WINDOW_SIZE));
        }
        return new WindowTiming(size, values.duration(OUT_OF_ORDERNESS, true), values.duration(IDLENESS, true));
    }

    private static FaultTolerance faultTolerance(ConfigValues values) {
        Duration interval = values.duration(CHECKPOINT_INTERVAL, true);
        if (!interval.isZero() && interval.compareTo(FaultTolerance.MIN_CHECKPOINT_INTERVAL) < 0) {
            throw ConfigValues.invalid(CHECKPOINT_INTERVAL, "0 or at least 10ms (Flink's minimum)",
                    values.required(CHECKPOINT_INTERVAL));
        }
        Optional<URI> dir = values.optional(CHECKPOINT_DIR).filter(v -> !v.isEmpty())
                .map(v -> checkpointDir(v));
        OptionalInt attempts = values.optional(RESTART_ATTEMPTS).filter(v -> !v.isEmpty())
                .map(v -> OptionalInt.of(values.integer(RESTART_ATTEMPTS, v, 1, Integer.MAX_VALUE)))
                .orElse(OptionalInt.empty());
        return new FaultTolerance(interval, values.enumValue(CHECKPOINT_MODE, CheckpointingMode.class), dir,
                values.enumValue(STATE_BACKEND, StateBackendKind.class),
                values.enumValue(RESTART_STRATEGY, RestartStrategyKind.class), attempts,
                values.duration(RESTART_DELAY, true));
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
        } catch (URISyntaxException e) {
            // reported below with the expected form
        }
        throw ConfigValues.invalid(CHECKPOINT_DIR, "an absolute path or a URI with a scheme (file:///..., s3://...)",
                value);
    }

    private static String topic(ConfigValues values, SignalWindowOption option) {
        return values.matching(option, TOPIC, "a Kafka topic name ([a-zA-Z0-9._-], at most 249 characters)");
    }

    /** Kafka brokers, {@code host:port[,host:port...]}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String groupId() {
        return groupId;
    }

    public String readingsTopic() {
        return readingsTopic;
    }

    public String windowsTopic() {
        return windowsTopic;
    }

    public String deadLetterTopic() {
        return deadLetterTopic;
    }

    /** Where readings go that arrived after the watermark had passed them. */
    public String lateReadingsTopic() {
        return lateReadingsTopic;
    }

    public StartingOffsets startingOffsets() {
        return startingOffsets;
    }

    /** True when the source stops at the end offsets seen at start-up. */
    public boolean bounded() {
        return bounded;
    }

    public DeliveryGuarantee deliveryGuarantee() {
        return deliveryGuarantee;
    }

    public String transactionalIdPrefix() {
        return transactionalIdPrefix;
    }

    /** Transaction timeout of the exactly-once Kafka sinks. */
    public Duration transactionTimeout() {
        return transactionTimeout;
    }

    public JdbcSettings jdbc() {
        return jdbc;
    }

    public int jdbcBatchSize() {
        return jdbcBatchSize;
    }

    public Duration jdbcMaxDelay() {
        return jdbcMaxDelay;
    }

    /** Window length, out-of-orderness and idleness. */
    public WindowTiming timing() {
        return timing;
    }

    /** Zero when the environment's checkpointing should be left alone. */
    public Duration checkpointInterval() {
        return faultTolerance.checkpointInterval();
    }

    /** Checkpointing, state backend and restart strategy. */
    public FaultTolerance faultTolerance() {
        return faultTolerance;
    }

    /** Event time and duplicate detection of the ingest stage; dead letters name this job. */
    public IngestSettings ingest() {
        return new IngestSettings(timing.outOfOrderness(), timing.idleness(), duplicateTtl, SignalWindowJob.JOB_NAME);
    }

    /** Empty for the environment's default. */
    public OptionalInt parallelism() {
        return parallelism;
    }

    @Override
    public String toString() {
        return "SignalWindowJobConfig[kafka=" + bootstrapServers + ", group=" + groupId + ", topics=" + readingsTopic
                + " -> " + windowsTopic + " / " + deadLetterTopic + " / " + lateReadingsTopic + ", start=" + startingOffsets + ", bounded="
                + bounded + ", delivery=" + deliveryGuarantee + ", " + jdbc + ", batch=" + jdbcBatchSize + "/"
                + jdbcMaxDelay + ", " + timing + ", duplicateTtl=" + duplicateTtl + ", " + faultTolerance + ", parallelism="
                + (parallelism.isPresent() ? parallelism.getAsInt() : "default") + "]";
    }
}
