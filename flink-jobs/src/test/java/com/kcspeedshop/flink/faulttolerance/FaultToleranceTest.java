package com.kcspeedshop.flink.faulttolerance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

class FaultToleranceTest {

    private static final FaultTolerance ROCKSDB_FIXED = new FaultTolerance(Duration.ofSeconds(5),
            CheckpointingMode.EXACTLY_ONCE, Optional.of(URI.create("file:///tmp/kcs-checkpoints")),
            StateBackendKind.ROCKSDB, RestartStrategyKind.FIXED_DELAY, OptionalInt.of(3), Duration.ofMillis(500));

    @Test
    void shouldTranslateEverySettingIntoFlinksOwnKeys() {
        Configuration conf = ROCKSDB_FIXED.toConfiguration();

        assertThat(conf.get(CheckpointingOptions.CHECKPOINTING_INTERVAL)).isEqualTo(Duration.ofSeconds(5));
        assertThat(conf.get(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE))
                .isEqualTo(CheckpointingMode.EXACTLY_ONCE);
        assertThat(conf.get(CheckpointingOptions.CHECKPOINT_STORAGE)).isEqualTo("filesystem");
        assertThat(conf.get(CheckpointingOptions.CHECKPOINTS_DIRECTORY)).isEqualTo("file:///tmp/kcs-checkpoints");
        assertThat(conf.get(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION))
                .isEqualTo(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        assertThat(conf.get(StateBackendOptions.STATE_BACKEND)).isEqualTo("rocksdb");
        assertThat(conf.get(RestartStrategyOptions.RESTART_STRATEGY)).isEqualTo("fixed-delay");
        assertThat(conf.get(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS)).isEqualTo(3);
        assertThat(conf.get(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY))
                .isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void shouldConfigureCheckpointingOfTheEnvironment() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        ROCKSDB_FIXED.applyTo(env);

        assertThat(env.getCheckpointConfig().isCheckpointingEnabled()).isTrue();
        assertThat(env.getCheckpointConfig().getCheckpointInterval()).isEqualTo(5_000);
        assertThat(env.getCheckpointConfig().getCheckpointingConsistencyMode())
                .isEqualTo(CheckpointingMode.EXACTLY_ONCE);
    }

    @Test
    void shouldLeaveTheEnvironmentsCheckpointingAloneWhenTheIntervalIsZero() {
        FaultTolerance leaveAlone = new FaultTolerance(Duration.ZERO, CheckpointingMode.AT_LEAST_ONCE,
                Optional.empty(), StateBackendKind.HASHMAP, RestartStrategyKind.EXPONENTIAL_DELAY,
                OptionalInt.empty(), Duration.ofSeconds(1));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(7_000); // what a launcher that owns checkpointing does

        leaveAlone.applyTo(env);

        Configuration conf = leaveAlone.toConfiguration();
        assertThat(conf.contains(CheckpointingOptions.CHECKPOINTING_INTERVAL)).isFalse();
        assertThat(conf.contains(CheckpointingOptions.CHECKPOINTS_DIRECTORY)).isFalse();
        assertThat(env.getCheckpointConfig().getCheckpointInterval()).isEqualTo(7_000);
        assertThat(env.getCheckpointConfig().getCheckpointingConsistencyMode())
                .isEqualTo(CheckpointingMode.EXACTLY_ONCE);
        assertThat(conf.get(RestartStrategyOptions.RESTART_STRATEGY)).isEqualTo("exponential-delay");
        assertThat(conf.get(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_INITIAL_BACKOFF))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(conf.contains(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_ATTEMPTS)).isFalse();
    }

    @Test
    void shouldFailFastOnValuesFlinkWouldRejectLater() {
        assertThatThrownBy(() -> with(Duration.ofMillis(5), Optional.empty(), OptionalInt.empty()))
                .hasMessageContaining("0 or at least 10ms");
        assertThatThrownBy(() -> with(Duration.ofSeconds(1), Optional.of(URI.create("checkpoints")),
                OptionalInt.empty())).hasMessageContaining("absolute URI");
        assertThatThrownBy(() -> with(Duration.ofSeconds(1), Optional.empty(), OptionalInt.of(0)))
                .hasMessageContaining("restart attempts must be >= 1");
    }

    private static FaultTolerance with(Duration interval, Optional<URI> dir, OptionalInt attempts) {
        return new FaultTolerance(interval, CheckpointingMode.EXACTLY_ONCE, dir, StateBackendKind.HASHMAP,
                RestartStrategyKind.FIXED_DELAY, attempts, Duration.ZERO);
    }
}
