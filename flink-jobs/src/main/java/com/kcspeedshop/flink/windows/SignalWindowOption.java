package com.kcspeedshop.flink.windows;

import com.kcspeedshop.events.Topics;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every configuration key of the signal-windows job, with its default and meaning. {@link SignalWindowJobConfig} reads
 * and validates them; {@link #help()} prints them for a {@code --help} or an error message.
 */
public enum SignalWindowOption {

    /** Kafka brokers to bootstrap from. Required. */
    BOOTSTRAP_SERVERS("kafka.bootstrap-servers", null, "Kafka brokers, host:port[,host:port...]"),
    /** Consumer group; Kafka offsets are committed under it on every checkpoint. */
    GROUP_ID("kafka.group-id", "kcspeedshop-signal-windows", "Kafka consumer group id"),
    /** Topic of binary reading records: one ObdReadingBatch per poll cycle, or single ObdReadings. */
    READINGS_TOPIC("kafka.readings-topic", Topics.OBD_READINGS,
            "topic to read readings from (ObdReadingBatch or ObdReading records)"),
    /** Topic the binary SignalWindow records go to, keyed by VIN. */
    WINDOWS_TOPIC("kafka.windows-topic", Topics.SIGNAL_WINDOWS, "topic to write SignalWindow records to"),
    /** Topic of JSON DeadLetter records. */
    DEAD_LETTER_TOPIC("kafka.dead-letter-topic", Topics.DEAD_LETTER, "topic to write undecodable readings to"),
    /** Topic the binary late ObdReading records go to, keyed by VIN (a late batch as its single readings). */
    LATE_READINGS_TOPIC("kafka.late-readings-topic", Topics.LATE_READINGS,
            "topic to write readings to that arrived after the watermark had passed them"),
    /** Where to start when the group has no committed offset (or always, for earliest and latest). */
    STARTING_OFFSETS("kafka.starting-offsets", "committed",
            "committed (group offsets, else earliest) | earliest | latest"),
    /** Stop at the offsets that are latest when the job starts: for backfills, replays and tests. */
    BOUNDED("kafka.bounded", "false", "true to stop at the end offsets seen at start-up, false to run forever"),
    /**
     * Delivery guarantee of both Kafka sinks. Exactly-once commits on checkpoints only, so it needs checkpointing
     * (here or in the environment), and consumers must read with {@code isolation.level=read_committed}.
     */
    DELIVERY_GUARANTEE("kafka.delivery-guarantee", "at-least-once",
            "at-least-once | exactly-once (needs checkpointing) | none"),
    /** Prefix of Kafka transactional ids; only used with exactly-once, must be unique per job on a cluster. */
    TRANSACTIONAL_ID_PREFIX("kafka.transactional-id-prefix", "kcspeedshop-signal-windows",
            "prefix of Kafka transactional ids (exactly-once only)"),
    /**
     * Kafka transaction timeout of exactly-once sinks. At most 15m (the broker's default transaction.max.timeout.ms,
     * which refuses longer ones) and longer than the checkpoint interval, or transactions expire before they commit.
     */
    TRANSACTION_TIMEOUT("kafka.transaction-timeout", "10m",
            "Kafka transaction timeout (exactly-once only), > checkpoint interval, <= 15m"),
    /** PostgreSQL to write windows to. Required. */
    JDBC_URL("jdbc.url", null, "jdbc:postgresql://host:port/database"),
    /** Database role. Required. */
    JDBC_USER("jdbc.user", null, "database user"),
    /** Database password; empty for trust authentication. */
    JDBC_PASSWORD("jdbc.password", "", "database password"),
    /** Windows per database transaction at most. */
    JDBC_BATCH_SIZE("jdbc.batch-size", "500", "windows per database transaction, 1..10000"),
    /** Longest time a window waits in a part-filled batch before it is written. */
    JDBC_MAX_DELAY("jdbc.max-delay", "200ms", "longest wait before a part-filled batch is written, > 0"),
    /** Length of the tumbling event-time windows. */
    WINDOW_SIZE("window.size", "10s", "tumbling window length, > 0"),
    /** How far readings may arrive out of event-time order and still count. */
    OUT_OF_ORDERNESS("window.out-of-orderness", "3s", "bounded out-of-orderness of readings, >= 0"),
    /** After this long without readings a source split stops holding the watermark back; 0 disables it. */
    IDLENESS("window.idleness", "5s", "idle time after which a source split no longer holds back windows, 0 = off"),
    /** How long a (vehicle, source) pair is remembered for dropping duplicates after its last new reading. */
    DUPLICATE_TTL("state.duplicate-ttl", "24h",
            "how long duplicate detection remembers a silent source, > 0; longer than any collector outage"),
    /** Checkpoint interval; 0 leaves the environment's checkpointing as it is. */
    CHECKPOINT_INTERVAL("checkpoint.interval", "10s", "checkpoint interval, 0 = leave the environment's setting"),
    /** Checkpoint consistency; exactly-once sinks need exactly-once checkpoints. */
    CHECKPOINT_MODE("checkpoint.mode", "exactly-once", "exactly-once | at-least-once"),
    /** Where checkpoints are kept (and retained on cancellation); absent leaves the environment's storage. */
    CHECKPOINT_DIR("checkpoint.dir", null,
            "checkpoint directory, an absolute path or URI (file:///..., s3://...); absent = the environment's"),
    /** Where keyed state lives: on the heap, or in RocksDB on local disk for state larger than memory. */
    STATE_BACKEND("state.backend", "hashmap", "hashmap (heap) | rocksdb"),
    /** What Flink does when a task fails. */
    RESTART_STRATEGY("restart.strategy", "exponential-delay", "none | fixed-delay | exponential-delay"),
    /** Restart attempts before the job fails; absent means Flink's default for the strategy. */
    RESTART_ATTEMPTS("restart.attempts", null, "restart attempts, >= 1; absent = Flink's default"),
    /** The fixed delay, or the first delay of exponential-delay. */
    RESTART_DELAY("restart.delay", "1s", "delay before a restart (initial delay for exponential-delay), >= 0"),
    /** Job parallelism; absent means the environment's default. */
    PARALLELISM("parallelism", null, "job parallelism, >= 1; absent = the environment's default");

    private final String key;
    private final String defaultValue;
    private final String description;

    SignalWindowOption(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The key as written in arguments and maps, e.g. {@code kafka.bootstrap-servers}. */
    public String key() {
        return key;
    }

    /** The default, or empty when the key is required or optional without a default. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** What the key means and the expected form of its value. */
    public String description() {
        return description;
    }

    /** The option with this key, if any. */
    public static Optional<SignalWindowOption> ofKey(String key) {
        return Arrays.stream(values()).filter(option -> option.key.equals(key)).findFirst();
    }

    /** One line per key: {@code --key <description> (default: x)}. */
    public static String help() {
        return Arrays.stream(values())
                .map(o -> "  --" + o.key + "  " + o.description
                        + o.defaultValue().map(d -> " (default: " + (d.isEmpty() ? "empty" : d) + ")").orElse(""))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
