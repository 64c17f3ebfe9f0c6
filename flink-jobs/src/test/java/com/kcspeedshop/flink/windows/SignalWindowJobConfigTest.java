package com.kcspeedshop.flink.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.Topics;
import com.kcspeedshop.flink.faulttolerance.RestartStrategyKind;
import com.kcspeedshop.flink.faulttolerance.StateBackendKind;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.core.execution.CheckpointingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignalWindowJobConfigTest {

    private static final Map<String, String> REQUIRED = Map.of(
            "kafka.bootstrap-servers", "broker-1:9092,broker-2:9093",
            "jdbc.url", "jdbc:postgresql://db:5432/kcspeedshop",
            "jdbc.user", "flink");

    @Test
    void shouldApplyDocumentedDefaultsWhenOnlyRequiredKeysAreGiven() {
        SignalWindowJobConfig config = SignalWindowJobConfig.fromMap(REQUIRED);

        assertThat(config.bootstrapServers()).isEqualTo("broker-1:9092,broker-2:9093");
        assertThat(config.readingsTopic()).isEqualTo(Topics.OBD_READINGS);
        assertThat(config.windowsTopic()).isEqualTo(Topics.SIGNAL_WINDOWS);
        assertThat(config.deadLetterTopic()).isEqualTo(Topics.DEAD_LETTER);
        assertThat(config.timing()).isEqualTo(WindowTiming.DEFAULT);
        assertThat(config.timing().size()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.deliveryGuarantee()).isEqualTo(DeliveryGuarantee.AT_LEAST_ONCE);
        assertThat(config.startingOffsets()).isEqualTo(SignalWindowJobConfig.StartingOffsets.COMMITTED);
        assertThat(config.bounded()).isFalse();
        assertThat(config.jdbc().password()).isEmpty();
        assertThat(config.jdbcBatchSize()).isEqualTo(500);
        assertThat(config.jdbcMaxDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(config.checkpointInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.parallelism()).isEmpty();
        assertThat(config.lateReadingsTopic()).isEqualTo(Topics.LATE_READINGS);
        assertThat(config.transactionTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.ingest().duplicateTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(config.ingest().outOfOrderness()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.ingest().consumer()).isEqualTo(SignalWindowJob.JOB_NAME);
        assertThat(config.faultTolerance().checkpointMode()).isEqualTo(CheckpointingMode.EXACTLY_ONCE);
        assertThat(config.faultTolerance().checkpointDir()).isEmpty();
        assertThat(config.faultTolerance().stateBackend()).isEqualTo(StateBackendKind.HASHMAP);
        assertThat(config.faultTolerance().restartStrategy()).isEqualTo(RestartStrategyKind.EXPONENTIAL_DELAY);
        assertThat(config.faultTolerance().restartAttempts()).isEmpty();
        assertThat(config.faultTolerance().restartDelay()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void shouldReadTheFaultToleranceAndDuplicateSettings() {
        Map<String, String> settings = new HashMap<>(REQUIRED);
        settings.putAll(Map.of("checkpoint.mode", "at-least-once", "checkpoint.dir", "/var/lib/kcs/checkpoints",
                "state.backend", "RocksDB", "restart.strategy", "fixed-delay", "restart.attempts", "5",
                "restart.delay", "250ms", "state.duplicate-ttl", "2h", "kafka.late-readings-topic", "late.x"));

        SignalWindowJobConfig config = SignalWindowJobConfig.fromMap(settings);

        assertThat(config.faultTolerance().checkpointMode()).isEqualTo(CheckpointingMode.AT_LEAST_ONCE);
        assertThat(config.faultTolerance().checkpointDir()).hasValue(URI.create("file:///var/lib/kcs/checkpoints"));
        assertThat(config.faultTolerance().stateBackend()).isEqualTo(StateBackendKind.ROCKSDB);
        assertThat(config.faultTolerance().restartStrategy()).isEqualTo(RestartStrategyKind.FIXED_DELAY);
        assertThat(config.faultTolerance().restartAttempts()).hasValue(5);
        assertThat(config.faultTolerance().restartDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.ingest().duplicateTtl()).isEqualTo(Duration.ofHours(2));
        assertThat(config.lateReadingsTopic()).isEqualTo("late.x");
    }

    @Test
    void shouldRefuseATransactionTimeoutThatACheckpointCannotBeatWithExactlyOnce() {
        Map<String, String> settings = new HashMap<>(REQUIRED);
        settings.putAll(Map.of("kafka.delivery-guarantee", "exactly-once", "checkpoint.interval", "2m",
                "kafka.transaction-timeout", "1m"));

        assertThatThrownBy(() -> SignalWindowJobConfig.fromMap(settings))
                .isInstanceOfSatisfying(SignalWindowConfigException.class,
                        e -> assertThat(e.key()).isEqualTo("kafka.transaction-timeout"))
                .hasMessageContaining("longer than checkpoint.interval (PT2M)");

        settings.put("kafka.delivery-guarantee", "at-least-once"); // no transactions, so no conflict
        assertThat(SignalWindowJobConfig.fromMap(settings).transactionTimeout()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void shouldReadSpaceAndEqualsSeparatedArguments() {
        SignalWindowJobConfig config = SignalWindowJobConfig.fromArgs(
                "--kafka.bootstrap-servers", "[::1]:9092", "--jdbc.url=jdbc:postgresql://db/kc?ssl=true",
                "--jdbc.user", "flink", "--jdbc.password=s3cret", "--window.size", "PT1M",
                "--window.out-of-orderness", "0", "--kafka.delivery-guarantee", "exactly-once",
                "--kafka.starting-offsets", "LATEST", "--kafka.bounded", "true", "--parallelism", "4",
                "--checkpoint.interval", "0s");

        assertThat(config.bootstrapServers()).isEqualTo("[::1]:9092");
        assertThat(config.jdbc().url()).isEqualTo("jdbc:postgresql://db/kc?ssl=true");
        assertThat(config.jdbc().password()).isEqualTo("s3cret");
        assertThat(config.timing().size()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.timing().outOfOrderness()).isZero();
        assertThat(config.deliveryGuarantee()).isEqualTo(DeliveryGuarantee.EXACTLY_ONCE);
        assertThat(config.startingOffsets()).isEqualTo(SignalWindowJobConfig.StartingOffsets.LATEST);
        assertThat(config.bounded()).isTrue();
        assertThat(config.parallelism()).hasValue(4);
        assertThat(config.checkpointInterval()).isZero();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "kafka.bootstrap-servers | localhost        | host:port",
            "kafka.bootstrap-servers | a:1,,b:2         | host:port",
            "jdbc.url                | jdbc:mysql://x/y | jdbc:postgresql://host:port/database",
            "window.size             | ten seconds      | a duration > 0 such as 500ms, 10s, 2m or PT10S",
            "window.size             | 0s               | a duration > 0",
            "window.idleness         | -5s              | a duration >= 0",
            "jdbc.batch-size         | 0                | an integer in 1..10000",
            "parallelism             | many             | an integer in 1..32768",
            "kafka.bounded           | yes              | true or false",
            "kafka.delivery-guarantee| twice            | exactly-once (needs checkpointing)",
            "kafka.readings-topic    | bad topic!       | a Kafka topic name",
            "checkpoint.interval     | 5ms              | 0 or at least 10ms",
            "checkpoint.mode         | twice            | at-least-once",
            "checkpoint.dir          | checkpoints      | an absolute path or a URI with a scheme",
            "state.backend           | memory           | rocksdb",
            "state.duplicate-ttl     | 0                | a duration > 0",
            "restart.strategy        | always           | exponential-delay",
            "restart.attempts        | 0                | an integer in 1..2147483647",
            "kafka.transaction-timeout| 20m             | at most 15m",
            "kafka.transactional-id-prefix| a b         | 1-100 characters",
            "kafka.late-readings-topic| late topic      | a Kafka topic name"})
    void shouldNameTheKeyAndTheExpectedFormOnBadValues(String key, String value, String expected) {
        Map<String, String> settings = new HashMap<>(REQUIRED);
        settings.put(key, value);

        assertThatThrownBy(() -> SignalWindowJobConfig.fromMap(settings))
                .isInstanceOfSatisfying(SignalWindowConfigException.class, e -> assertThat(e.key()).isEqualTo(key))
                .hasMessageStartingWith("--" + key + " ")
                .hasMessageContaining(expected)
                .hasMessageContaining("'" + value + "'");
    }

    @Test
    void shouldFailFastOnAMissingRequiredKey() {
        Map<String, String> settings = new HashMap<>(REQUIRED);
        settings.remove("jdbc.url");

        assertThatThrownBy(() -> SignalWindowJobConfig.fromMap(settings))
                .isInstanceOf(SignalWindowConfigException.class)
                .hasMessage("--jdbc.url is required: jdbc:postgresql://host:port/database");
    }

    @Test
    void shouldRejectUnknownKeysAndListTheKnownOnes() {
        Map<String, String> settings = new HashMap<>(REQUIRED);
        settings.put("kafka.bootstrap.servers", "x:1");

        assertThatThrownBy(() -> SignalWindowJobConfig.fromMap(settings))
                .isInstanceOf(SignalWindowConfigException.class)
                .hasMessageStartingWith("--kafka.bootstrap.servers is not a setting of the signal-windows job")
                .hasMessageContaining("--kafka.bootstrap-servers");
    }

    @Test
    void shouldRejectMalformedArguments() {
        assertThatThrownBy(() -> SignalWindowJobConfig.fromArgs("kafka.bootstrap-servers", "x:1"))
                .hasMessageContaining("expected --key value or --key=value");
        assertThatThrownBy(() -> SignalWindowJobConfig.fromArgs("--jdbc.url"))
                .hasMessage("--jdbc.url has no value; expected --key value");
    }

    @Test
    void shouldKeepThePasswordOutOfToString() {
        Map<String, String> settings = new HashMap<>(REQUIRED);
        settings.put("jdbc.password", "s3cret");

        assertThat(SignalWindowJobConfig.fromMap(settings).toString()).doesNotContain("s3cret").contains("***");
    }

    @Test
    void helpDocumentsEveryKey() {
        for (SignalWindowOption option : SignalWindowOption.values()) {
            assertThat(SignalWindowOption.help()).contains("--" + option.key() + "  " + option.description());
        }
    }
}
