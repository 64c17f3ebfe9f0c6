package com.kcspeedshop.flink.faulttolerance;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A job's checkpointing, state backend and restart settings, validated on construction and applied to an environment
 * in one call. Jobs build it from their own typed options; see the README's Flink configuration table.
 *
 * @param checkpointInterval zero leaves the environment's checkpoint interval and mode as they are: the launcher's
 *                           embedded MiniCluster configures checkpointing itself
 * @param checkpointMode     exactly-once (aligned barriers; needed for exactly-once sinks) or at-least-once
 * @param checkpointDir      where checkpoints are kept ({@code file:///...}, {@code s3://...}); empty leaves the
 *                           environment's storage. Checkpoints there are retained on cancellation so a restart can
 *                           resume from them
 * @param stateBackend       heap or RocksDB
 * @param restartStrategy    what happens on a task failure
 * @param restartAttempts    attempts for fixed-delay and exponential-delay; empty for Flink's default
 * @param restartDelay       the fixed delay, or the initial backoff of exponential-delay
 */
public record FaultTolerance(Duration checkpointInterval, CheckpointingMode checkpointMode,
                             Optional<URI> checkpointDir, StateBackendKind stateBackend,
                             RestartStrategyKind restartStrategy, OptionalInt restartAttempts,
                             Duration restartDelay) {

    /** Flink refuses checkpoint intervals below 10 ms. */
    public static final Duration MIN_CHECKPOINT_INTERVAL = Duration.ofMillis(10);

    public FaultTolerance {
        Objects.requireNonNull(checkpointInterval, "checkpointInterval");
        Objects.requireNonNull(checkpointMode, "checkpointMode");
        Objects.requireNonNull(checkpointDir, "checkpointDir");
        Objects.requireNonNull(stateBackend, "stateBackend");
        Objects.requireNonNull(restartStrategy, "restartStrategy");
        Objects.requireNonNull(restartAttempts, "restartAttempts");
        Objects.requireNonNull(restartDelay, "restartDelay");
        if (checkpointInterval.isNegative()
                || (!checkpointInterval.isZero() && checkpointInterval.compareTo(MIN_CHECKPOINT_INTERVAL) < 0)) {
            throw new IllegalArgumentException("checkpoint interval must be 0 or at least 10ms, got "
                    + checkpointInterval);
        }
        checkpointDir.ifPresent(dir -> {
            if (!dir.isAbsolute()) {
                throw new IllegalArgumentException("checkpoint directory must be an absolute URI with a scheme, e.g. "
                        + "file:///var/lib/kcs/checkpoints or s3://bucket/checkpoints, got: " + dir);
            }
        });
        if (restartAttempts.isPresent() && restartAttempts.getAsInt() < 1) {
            throw new IllegalArgumentException("restart attempts must be >= 1, got " + restartAttempts.getAsInt());
        }
        if (restartDelay.isNegative()) {
            throw new IllegalArgumentException("restart delay must be >= 0, got " + restartDelay);
        }
    }

    /** The settings as Flink configuration keys; what {@link #applyTo} hands the environment. */
    public Configuration toConfiguration() {
        Configuration conf = new Configuration();
        if (!checkpointInterval.isZero()) {
            conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, checkpointInterval);
            conf.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, checkpointMode);
        }
        checkpointDir.ifPresent(dir -> {
            conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, dir.toString());
            conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                    ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        });
        conf.set(StateBackendOptions.STATE_BACKEND, stateBackend.flinkName());
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, restartStrategy.flinkName());
        switch (restartStrategy) {
            case FIXED_DELAY -> {
                restartAttempts.ifPresent(n -> conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, n));
                conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, restartDelay);
            }
            case EXPONENTIAL_DELAY -> {
                restartAttempts.ifPresent(n ->
                        conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_ATTEMPTS, n));
                conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_INITIAL_BACKOFF, restartDelay);
            }
            case NONE -> {
                // nothing more to set
            }
        }
        return conf;
    }

    /** Applies the settings to {@code env}; keys this record leaves unset keep the environment's values. */
    public void applyTo(StreamExecutionEnvironment env) {
        env.configure(toConfiguration());
    }
}
