package com.kcspeedshop.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the launcher needs, validated in one place so a bad value fails at start-up with a message naming it.
 *
 * @param dataDir            all state: Kafka log, PostgreSQL cluster, Flink checkpoints
 * @param httpPort           platform-api (web page, REST, WebSocket); 0 picks a free port
 * @param kafkaPort          embedded broker client port; 0 picks a free port
 * @param kafkaControllerPort embedded broker KRaft controller port; 0 picks a free port
 * @param postgresPort       embedded PostgreSQL port; 0 picks a free port
 * @param externalKafka      bootstrap servers of an existing Kafka; when present no broker is started
 * @param externalJdbcUrl    JDBC URL of an existing PostgreSQL database; when present no PostgreSQL is started
 * @param jdbcUser           user for the external database
 * @param jdbcPassword       password for the external database
 * @param vehicles           simulated cars; 0 runs no simulator (e.g. when real collectors publish)
 * @param simulatorSeed      makes the simulated fleet (VINs, driving) reproducible
 * @param flinkParallelism   parallelism of the Flink job on the MiniCluster
 * @param checkpointInterval how often the Flink job checkpoints; a restart replays at most this much
 * @param flinkUiPort        the MiniCluster's Flink dashboard; 0 turns it off
 * @param topicPartitions    partitions of each topic created on the embedded broker
 * @param flinkJobManager    REST endpoint ({@code host:port}) of a Flink cluster to run the job on instead of the
 *                           MiniCluster
 * @param flinkJobJar        the job jar shipped to that cluster
 */
public record LocalStackSettings(Path dataDir, int httpPort, int kafkaPort, int kafkaControllerPort, int postgresPort,
                                 Optional<String> externalKafka, Optional<String> externalJdbcUrl, String jdbcUser,
                                 String jdbcPassword, int vehicles, long simulatorSeed, int flinkParallelism,
                                 Duration checkpointInterval, int flinkUiPort, int topicPartitions,
                                 Optional<String> flinkJobManager, Path flinkJobJar) {

    public LocalStackSettings {
        List<String> problems = new ArrayList<>();
        port(problems, "--http-port", httpPort);
        port(problems, "--kafka-port", kafkaPort);
        port(problems, "--kafka-controller-port", kafkaControllerPort);
        port(problems, "--postgres-port", postgresPort);
        port(problems, "--flink-ui-port", flinkUiPort);
        if (dataDir == null) {
            problems.add("--data-dir is required");
        }
        if (vehicles < 0 || vehicles > 10_000) {
            problems.add("--vehicles must be within 0..10000, got " + vehicles);
        }
        if (flinkParallelism < 1 || flinkParallelism > 64) {
            problems.add("--flink-parallelism must be within 1..64, got " + flinkParallelism);
        }
        if (checkpointInterval == null || checkpointInterval.compareTo(Duration.ofMillis(100)) < 0) {
            problems.add("--checkpoint-interval must be at least 100ms, got " + checkpointInterval);
        }
        if (topicPartitions < 1 || topicPartitions > 64) {
            problems.add("--topic-partitions must be within 1..64, got " + topicPartitions);
        }
        externalKafka.filter(s -> !s.matches("[^\\s,:]+:\\d+(,[^\\s,:]+:\\d+)*"))
                .ifPresent(s -> problems.add("--kafka-bootstrap-servers must look like host:port[,host:port], got " + s));
        flinkJobManager.filter(s -> !s.matches("[^\\s,:]+:\\d+"))
                .ifPresent(s -> problems.add("--flink-jobmanager must look like host:port, got " + s));
        if (flinkJobManager.isPresent() && flinkJobJar == null) {
            problems.add("--flink-job-jar is required with --flink-jobmanager");
        }
        externalJdbcUrl.filter(s -> !s.startsWith("jdbc:postgresql://"))
                .ifPresent(s -> problems.add("--jdbc-url must start with jdbc:postgresql://, got " + s));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid settings:\n  " + String.join("\n  ", problems));
        }
    }

    private static void port(List<String> problems, String name, int port) {
        if (port < 0 || port > 65_535) {
            problems.add(name + " must be within 0..65535, got " + port);
        }
    }

    /** Settings for tests: free ports everywhere, a few cars, frequent checkpoints, no dashboard. */
    public static LocalStackSettings forTests(Path dataDir, int vehicles) {
        return new LocalStackSettings(dataDir, 0, 0, 0, 0, Optional.empty(), Optional.empty(), "postgres", "",
                vehicles, 42L, 2, Duration.ofSeconds(2), 0, 2, Optional.empty(), null);
    }

    /** The same settings with these ports; used to restart on the ports a stack had. */
    public LocalStackSettings withPorts(int http, int kafka, int kafkaController, int postgres) {
        return new LocalStackSettings(dataDir, http, kafka, kafkaController, postgres, externalKafka, externalJdbcUrl,
                jdbcUser, jdbcPassword, vehicles, simulatorSeed, flinkParallelism, checkpointInterval, flinkUiPort,
                topicPartitions, flinkJobManager, flinkJobJar);
    }

    /** The same settings with every piece external: Kafka, PostgreSQL and a Flink cluster. */
    public LocalStackSettings withExternal(String kafka, String jdbcUrl, String user, String password,
                                           String jobManager, Path jobJar) {
        return new LocalStackSettings(dataDir, httpPort, kafkaPort, kafkaControllerPort, postgresPort,
                Optional.of(kafka), Optional.of(jdbcUrl), user, password, vehicles, simulatorSeed, flinkParallelism,
                checkpointInterval, flinkUiPort, topicPartitions, Optional.of(jobManager), jobJar);
    }
}
