package com.kcspeedshop.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a Flink job on a MiniCluster inside this JVM, checkpointing to the data folder and resuming from the newest
 * checkpoint of the previous run, so a restart neither loses nor recounts window state.
 */
final class EmbeddedFlink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFlink.class);

    private final JobClient job;
    private final String name;

    private EmbeddedFlink(JobClient job, String name) {
        this.job = job;
        this.name = name;
    }

    /**
     * @param wiring adds sources, operators and sinks to the environment
     * @param uiPort the Flink dashboard port, 0 for none
     */
    static EmbeddedFlink start(String name, Path checkpointDir, Duration checkpointInterval, int parallelism, int uiPort,
                               Consumer<StreamExecutionEnvironment> wiring) throws Exception {
        FlinkCheckpoints checkpoints = new FlinkCheckpoints(checkpointDir);
        Optional<Path> restoreFrom = checkpoints.latest();
        restoreFrom.ifPresent(checkpoints::deleteAllBut);

        Configuration conf = new Configuration();
        conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir.toUri().toString());
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, checkpointInterval);
        conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        restoreFrom.ifPresent(path -> conf.set(StateRecoveryOptions.SAVEPOINT_PATH, path.toUri().toString()));

        StreamExecutionEnvironment env;
        if (uiPort > 0) {
            conf.set(RestOptions.PORT, uiPort);
            env = StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(conf);
        } else {
            env = StreamExecutionEnvironment.createLocalEnvironment(conf);
        }
        env.setParallelism(parallelism);
        env.enableCheckpointing(checkpointInterval.toMillis());
        wiring.accept(env);
        JobClient job = env.executeAsync(name);
        LOG.info("Flink job '{}' submitted ({}), {}", name, job.getJobID(),
                restoreFrom.map(p -> "resuming from " + p.toAbsolutePath()).orElse("starting fresh"));
        return new EmbeddedFlink(job, name);
    }

    String jobId() {
        return job.getJobID().toString();
    }

    /** Cancels the job; its last checkpoint stays for the next start. */
    @Override
    public void close() throws Exception {
        try {
            job.cancel().get(30, TimeUnit.SECONDS);
            job.getJobExecutionResult().handle((result, failure) -> null).get(30, TimeUnit.SECONDS);
            LOG.info("Flink job '{}' cancelled", name);
        } catch (java.util.concurrent.ExecutionException e) {
            // already finished or failed: nothing left to cancel
            LOG.warn("Flink job '{}' was not running at shutdown: {}", name, e.getCause().getMessage());
        }
    }
}
