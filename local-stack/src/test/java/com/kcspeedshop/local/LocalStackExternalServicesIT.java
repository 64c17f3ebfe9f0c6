package com.kcspeedshop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kcspeedshop.events.Topics;
import com.kcspeedshop.flink.windows.SignalWindowJob;
import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.infra.postgres.EmbeddedPostgresServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every piece pointed elsewhere by configuration: an external Kafka, an external PostgreSQL and a Flink cluster reached
 * over its REST API (here a Flink cluster in this JVM, which receives the job jar exactly as a remote one would).
 */
class LocalStackExternalServicesIT {

    @TempDir
    Path dataDir;

    @Test
    void runsOnExternalKafkaPostgresAndAFlinkClusterAndSubmitsTheJobOnlyOnce() throws Exception {
        Path jobJar = JobJar.besideLauncher();
        assertThat(jobJar).as("the build copies the job jar beside the launcher").exists();
        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        SharedInfrastructure.kafka().createTopics(2, Topics.all().toArray(String[]::new));
        String jdbcUrl = SharedInfrastructure.postgres().createDatabase("external_services_it");

        Configuration clusterConf = new Configuration();
        clusterConf.set(RestOptions.BIND_PORT, "0");
        // A real cluster has no Kafka classes of its own, so the job jar's are the only ones. This cluster shares the
        // test's class path, which has them too, and Flink's connector (always parent-first) would meet two copies.
        // Loading Kafka parent-first here still leaves our classes, Jackson and the driver to come from the job jar.
        clusterConf.set(CoreOptions.ALWAYS_PARENT_FIRST_LOADER_PATTERNS_ADDITIONAL, List.of("org.apache.kafka."));
        try (MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(clusterConf).setNumTaskManagers(1).setNumSlotsPerTaskManager(4).build())) {
            cluster.start();
            URI rest = cluster.getRestAddress().get(30, TimeUnit.SECONDS);
            LocalStackSettings settings = LocalStackSettings.forTests(dataDir, 2).withExternal(kafka, jdbcUrl,
                    EmbeddedPostgresServer.USER, "", rest.getHost() + ":" + rest.getPort(), jobJar);

            try (LocalStack stack = LocalStack.start(settings)) {
                assertThat(stack.kafkaBootstrapServers()).isEqualTo(kafka);
                assertThat(stack.jdbcUrl()).isEqualTo(jdbcUrl);
                try (var entries = Files.list(dataDir)) {
                    assertThat(entries.map(p -> p.getFileName().toString()))
                            .as("nothing embedded was started").doesNotContain("kafka", "postgres", "flink-checkpoints");
                }
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                        .untilAsserted(() -> assertThat(vinsWithWindows(jdbcUrl)).containsAll(stack.vins()));
            }
            assertThat(activeJobs(cluster)).as("the cluster keeps the job when the launcher stops").hasSize(1);

            try (LocalStack again = LocalStack.start(settings)) {
                assertThat(again.flinkDescription()).contains("already running");
                assertThat(activeJobs(cluster)).as("no second copy of the job").hasSize(1);
            }
            for (JobStatusMessage job : activeJobs(cluster)) {
                cluster.cancelJob(job.getJobId()).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static List<JobStatusMessage> activeJobs(MiniCluster cluster) throws Exception {
        return cluster.listJobs().get(30, TimeUnit.SECONDS).stream()
                .filter(job -> job.getJobName().equals(SignalWindowJob.JOB_NAME))
                .filter(job -> !job.getJobState().isGloballyTerminalState()).toList();
    }

    private static Set<String> vinsWithWindows(String jdbcUrl) throws Exception {
        Set<String> vins = new HashSet<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT vin FROM signal_window")) {
            while (rs.next()) {
                vins.add(rs.getString(1));
            }
        }
        return vins;
    }
}
