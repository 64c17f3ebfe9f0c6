package com.kcspeedshop.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.flink.client.deployment.StandaloneClusterId;
import org.apache.flink.client.program.rest.RestClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the job on an existing Flink cluster instead of the MiniCluster. The cluster owns the job from then on (its
 * checkpoints, restarts and high availability), so the launcher submits it only when it is not already running there
 * and leaves it running when the launcher stops.
 */
final class RemoteFlink {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteFlink.class);

    private RemoteFlink() {
    }

    /**
     * @param jobManager the cluster's REST endpoint, {@code host:port}
     * @param jobJar     flink-jobs' self-contained job jar, shipped to the cluster
     * @return a description for the banner
     */
    static String ensureRunning(String jobManager, Path jobJar, String jobName,
                                Consumer<StreamExecutionEnvironment> wiring) throws Exception {
        String host = jobManager.substring(0, jobManager.lastIndexOf(':'));
        int port = Integer.parseInt(jobManager.substring(jobManager.lastIndexOf(':') + 1));
        Configuration client = new Configuration();
        client.set(RestOptions.ADDRESS, host);
        client.set(RestOptions.PORT, port);

        if (isRunning(client, jobName)) {
            LOG.info("Flink job '{}' already runs on the cluster at {}; not submitting it again", jobName, jobManager);
            return "cluster at " + jobManager + " (job already running there)";
        }
        if (!Files.isRegularFile(jobJar)) {
            throw new IllegalStateException("the Flink job jar " + jobJar.toAbsolutePath() + " does not exist; build it "
                    + "with ./mvnw -DskipTests package or pass --flink-job-jar");
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createRemoteEnvironment(host, port, client,
                jobJar.toAbsolutePath().toString());
        wiring.accept(env);
        JobClient job = env.executeAsync(jobName);
        LOG.info("Flink job '{}' submitted to the cluster at {} as {}", jobName, jobManager, job.getJobID());
        return "cluster at " + jobManager + " (job " + job.getJobID() + " submitted)";
    }

    private static boolean isRunning(Configuration clientConfig, String jobName) throws Exception {
        try (RestClusterClient<StandaloneClusterId> cluster =
                     new RestClusterClient<>(clientConfig, StandaloneClusterId.getInstance())) {
            return cluster.listJobs().get(30, TimeUnit.SECONDS).stream()
                    .filter(job -> job.getJobName().equals(jobName))
                    .map(JobStatusMessage::getJobState)
                    .anyMatch(state -> !state.isGloballyTerminalState());
        }
    }
}
