package com.kcspeedshop.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.boot.logging.LoggingSystem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar local-stack/target/kcspeedshop.jar [options]}: the README's first command ends here. */
@Command(name = "kcspeedshop", mixinStandardHelpOptions = true, version = "KC Speedshop 0.1.0",
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Runs the whole KC Speedshop platform on this machine: a Kafka broker, PostgreSQL 18, the Flink jobs on a",
            "MiniCluster, a simulated fleet and the web app. Only a JDK is needed; all data stays in --data-dir and",
            "survives a restart. Point any piece at an existing service instead with the 'external' options.",
            ""},
        footer = {"",
            "Examples:",
            "  kcspeedshop                                   everything embedded, 5 simulated cars",
            "  kcspeedshop --vehicles 50 --http-port 9000    a bigger fleet on another port",
            "  kcspeedshop --kafka-bootstrap-servers kafka-1:9092 --jdbc-url jdbc:postgresql://db:5432/kcs \\",
            "              --jdbc-user kcs --jdbc-password secret    external Kafka and PostgreSQL",
            "",
            "Every option can also be set by an environment variable (shown in its description).",
            "Stop with Ctrl-C: the simulator, the Flink job (checkpointed), the web app and the servers stop in order."})
public final class LocalStackCommand implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "${env:KCS_DATA_DIR:-kcspeedshop-data}",
            description = "Folder for all state (Kafka log, PostgreSQL, Flink checkpoints). Env KCS_DATA_DIR. "
                    + "Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--http-port", defaultValue = "${env:KCS_HTTP_PORT:-8080}",
            description = "Web app, REST and WebSocket port. Env KCS_HTTP_PORT. Default: ${DEFAULT-VALUE}")
    int httpPort;

    @Option(names = "--vehicles", defaultValue = "${env:KCS_VEHICLES:-5}",
            description = "Simulated cars; 0 for none. Env KCS_VEHICLES. Default: ${DEFAULT-VALUE}")
    int vehicles;

    @Option(names = "--seed", defaultValue = "${env:KCS_SEED:-1}",
            description = "Seed of the simulated fleet (same seed, same VINs). Env KCS_SEED. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--kafka-port", defaultValue = "${env:KCS_KAFKA_PORT:-9092}",
            description = "Embedded Kafka client port. Env KCS_KAFKA_PORT. Default: ${DEFAULT-VALUE}")
    int kafkaPort;

    @Option(names = "--kafka-controller-port", defaultValue = "${env:KCS_KAFKA_CONTROLLER_PORT:-9093}",
            description = "Embedded Kafka KRaft controller port. Env KCS_KAFKA_CONTROLLER_PORT. Default: ${DEFAULT-VALUE}")
    int kafkaControllerPort;

    @Option(names = "--postgres-port", defaultValue = "${env:KCS_POSTGRES_PORT:-15432}",
            description = "Embedded PostgreSQL port. Env KCS_POSTGRES_PORT. Default: ${DEFAULT-VALUE}")
    int postgresPort;

    @Option(names = "--flink-ui-port", defaultValue = "${env:KCS_FLINK_UI_PORT:-8081}",
            description = "Flink dashboard of the MiniCluster; 0 for none. Env KCS_FLINK_UI_PORT. Default: ${DEFAULT-VALUE}")
    int flinkUiPort;

    @Option(names = "--flink-parallelism", defaultValue = "${env:KCS_FLINK_PARALLELISM:-2}",
            description = "Parallelism of the Flink job. Env KCS_FLINK_PARALLELISM. Default: ${DEFAULT-VALUE}")
    int flinkParallelism;

    @Option(names = "--checkpoint-interval", defaultValue = "${env:KCS_CHECKPOINT_INTERVAL:-PT10S}",
            converter = DurationConverter.class,
            description = "Flink checkpoint interval, e.g. 10s or PT10S. Env KCS_CHECKPOINT_INTERVAL. "
                    + "Default: ${DEFAULT-VALUE}")
    Duration checkpointInterval;

    @Option(names = "--topic-partitions", defaultValue = "${env:KCS_TOPIC_PARTITIONS:-2}",
            description = "Partitions per topic on the embedded broker. Env KCS_TOPIC_PARTITIONS. Default: ${DEFAULT-VALUE}")
    int topicPartitions;

    @Option(names = "--kafka-bootstrap-servers", defaultValue = "${env:KCS_KAFKA_BOOTSTRAP_SERVERS}",
            description = "Use this Kafka instead of the embedded one (host:port[,host:port]). "
                    + "Env KCS_KAFKA_BOOTSTRAP_SERVERS")
    String externalKafka;

    @Option(names = "--jdbc-url", defaultValue = "${env:KCS_JDBC_URL}",
            description = "Use this PostgreSQL database instead of the embedded one. Env KCS_JDBC_URL")
    String externalJdbcUrl;

    @Option(names = "--jdbc-user", defaultValue = "${env:KCS_JDBC_USER:-postgres}",
            description = "User for --jdbc-url. Env KCS_JDBC_USER. Default: ${DEFAULT-VALUE}")
    String jdbcUser;

    @Option(names = "--jdbc-password", defaultValue = "${env:KCS_JDBC_PASSWORD:-}", arity = "0..1", interactive = false,
            description = "Password for --jdbc-url. Env KCS_JDBC_PASSWORD (preferred: not in the process list)")
    String jdbcPassword;

    @Option(names = "--flink-jobmanager", defaultValue = "${env:KCS_FLINK_JOBMANAGER}",
            description = "Run the Flink job on this cluster (its REST endpoint, host:port) instead of an in-process "
                    + "MiniCluster. Submitted once; it keeps running there when this launcher stops. "
                    + "Env KCS_FLINK_JOBMANAGER")
    String flinkJobManager;

    @Option(names = "--flink-job-jar", defaultValue = "${env:KCS_FLINK_JOB_JAR}",
            description = "The job jar shipped with --flink-jobmanager. Env KCS_FLINK_JOB_JAR. "
                    + "Default: flink-job/flink-jobs-job.jar beside this launcher")
    Path flinkJobJar;

    public static void main(String[] args) {
        // the launcher configures logging once (logback.xml, or -Dlogback.configurationFile) for every piece;
        // without this, Spring Boot would re-initialise it halfway through the start
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        SLF4JBridgeHandler.removeHandlersForRootLogger(); // Tomcat logs through java.util.logging
        SLF4JBridgeHandler.install();
        int exit = new CommandLine(new LocalStackCommand()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        LocalStackSettings settings;
        try {
            settings = new LocalStackSettings(dataDir, httpPort, kafkaPort, kafkaControllerPort, postgresPort,
                    Optional.ofNullable(externalKafka).filter(s -> !s.isBlank()),
                    Optional.ofNullable(externalJdbcUrl).filter(s -> !s.isBlank()), jdbcUser,
                    jdbcPassword == null ? "" : jdbcPassword, vehicles, seed, flinkParallelism, checkpointInterval,
                    flinkUiPort, topicPartitions, Optional.ofNullable(flinkJobManager).filter(s -> !s.isBlank()),
                    flinkJobJar != null ? flinkJobJar : JobJar.besideLauncher());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        System.out.println("Starting KC Speedshop (data in " + settings.dataDir().toAbsolutePath() + ") ...");
        long started = System.nanoTime();
        LocalStack stack;
        try {
            stack = LocalStack.start(settings);
        } catch (IllegalStateException e) {
            System.err.println();
            System.err.println(e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping KC Speedshop ...");
            stack.close();
            stopped.countDown();
        }, "kcspeedshop-shutdown"));
        System.out.println(Banner.render(stack, Duration.ofNanos(System.nanoTime() - started)));
        stopped.await();
        return CommandLine.ExitCode.OK;
    }

    /** Accepts ISO-8601 ({@code PT10S}) and the short forms people type ({@code 10s}, {@code 500ms}, {@code 2m}). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase();
            if (v.startsWith("pt")) {
                return Duration.parse(v.toUpperCase());
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            long amount = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a duration; use e.g. 10s, 500ms, 2m or PT10S");
            };
        }
    }
}
