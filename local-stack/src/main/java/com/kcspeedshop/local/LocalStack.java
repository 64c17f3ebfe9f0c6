package com.kcspeedshop.local;

import com.kcspeedshop.collector.publish.KafkaReadingPublisher;
import com.kcspeedshop.collector.sim.FleetSimulator;
import com.kcspeedshop.collector.sim.SimulatorSettings;
import com.kcspeedshop.collector.sim.VinGenerator;
import com.kcspeedshop.events.Topics;
import com.kcspeedshop.flink.health.HealthJob;
import com.kcspeedshop.flink.health.HealthJobConfig;
import com.kcspeedshop.flink.windows.SignalWindowJob;
import com.kcspeedshop.flink.windows.SignalWindowJobConfig;
import com.kcspeedshop.infra.kafka.EmbeddedKafka;
import com.kcspeedshop.infra.postgres.EmbeddedPostgresServer;
import com.kcspeedshop.platform.PlatformApiApplication;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform in this JVM. {@link #start} brings the pieces up in data-flow order and {@link #close} stops them in
 * reverse, so no piece ever writes into one that is gone.
 */
public final class LocalStack implements AutoCloseable {

    static final String DATABASE = "kcspeedshop";
    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final LocalStackSettings settings;
    private String kafkaBootstrap;
    private String jdbcUrl;
    private int httpPort;
    private int kafkaPort;
    private int kafkaControllerPort;
    private int postgresPort;
    private List<String> vins = List.of();
    private String flinkDescription = "not started";

    private LocalStack(LocalStackSettings settings) {
        this.settings = settings;
    }

    /** Starts everything; on any failure stops what had started and rethrows. */
    public static LocalStack start(LocalStackSettings settings) {
        LocalStack stack = new LocalStack(settings);
        try {
            stack.startAll();
            return stack;
        } catch (Exception e) {
            stack.close();
            throw new IllegalStateException("KC Speedshop did not start: " + e.getMessage(), e);
        }
    }

    private void startAll() throws Exception {
        running.push(DataDirLock.acquire(settings.dataDir()));
        startKafka();
        startPostgres();
        startPlatformApi();
        startFlinkJobs();
        startSimulator();
    }

    private void startKafka() {
        if (settings.externalKafka().isPresent()) {
            kafkaBootstrap = settings.externalKafka().get();
            LOG.info("Using external Kafka at {}", kafkaBootstrap);
            return;
        }
        EmbeddedKafka kafka = EmbeddedKafka.start(settings.dataDir().resolve("kafka"), settings.kafkaPort(),
                settings.kafkaControllerPort());
        running.push(kafka);
        kafkaBootstrap = kafka.bootstrapServers();
        kafkaPort = kafka.port();
        kafkaControllerPort = kafka.controllerPort();
        kafka.createTopics(settings.topicPartitions(), Topics.all().toArray(String[]::new));
    }

    private void startPostgres() {
        if (settings.externalJdbcUrl().isPresent()) {
            jdbcUrl = settings.externalJdbcUrl().get();
            LOG.info("Using external PostgreSQL at {}", jdbcUrl);
            return;
        }
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(settings.dataDir().resolve("postgres"),
                settings.postgresPort());
        running.push(postgres);
        postgresPort = postgres.port();
        jdbcUrl = postgres.createDatabase(DATABASE);
    }

    private void startPlatformApi() {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "server.port", settings.httpPort(),
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", jdbcUser(),
                "spring.datasource.password", jdbcPassword(),
                "spring.kafka.bootstrap-servers", kafkaBootstrap,
                // the launcher prints its own banner and owns shutdown: Spring must not stop logging mid-shutdown
                "spring.main.log-startup-info", false,
                "logging.register-shutdown-hook", false));
        List<String> demoVins = demoOwnerVins();
        if (!demoVins.isEmpty()) {
            // DEMO: the first simulated cars belong to the demo owner (only while demo seeding is on)
            properties.put("kcspeedshop.demo.owner-vins", String.join(",", demoVins));
        }
        ConfigurableApplicationContext context = PlatformApiApplication.start(properties);
        running.push(context::close);
        httpPort = PlatformApiApplication.localPort(context);
    }

    /** The signal-windows job and, beside it, the health job; each in its own MiniCluster, or on the cluster. */
    private void startFlinkJobs() throws Exception {
        Map<String, String> job = new HashMap<>(Map.of(
                "kafka.bootstrap-servers", kafkaBootstrap,
                "jdbc.url", jdbcUrl,
                "jdbc.user", jdbcUser(),
                "jdbc.password", jdbcPassword(),
                "parallelism", String.valueOf(settings.flinkParallelism())));
        if (settings.flinkJobManager().isPresent()) {
            job.put("checkpoint.interval", settings.checkpointInterval().toMillis() + "ms");
            SignalWindowJobConfig windows = SignalWindowJobConfig.fromMap(job);
            HealthJobConfig health = HealthJobConfig.fromMap(job);
            String jobManager = settings.flinkJobManager().get();
            flinkDescription = RemoteFlink.ensureRunning(jobManager, settings.flinkJobJar(), SignalWindowJob.JOB_NAME,
                    env -> SignalWindowJob.wireProduction(env, windows));
            RemoteFlink.ensureRunning(jobManager, settings.flinkJobJar(), HealthJob.JOB_NAME,
                    env -> HealthJob.wireProduction(env, health));
            return;
        }
        // checkpoint.interval 0: EmbeddedFlink owns checkpointing (storage in the data folder, restore on start)
        job.put("checkpoint.interval", "0");
        SignalWindowJobConfig windows = SignalWindowJobConfig.fromMap(job);
        // promoted anomaly models come from the registry's folder in the data folder, as everything else local does
        Map<String, String> healthJob = new HashMap<>(job);
        healthJob.put("models.artifact-store", settings.dataDir().resolve("models/registry").toString());
        healthJob.put("models.cache-dir", settings.dataDir().resolve("models/cache").toString());
        HealthJobConfig health = HealthJobConfig.fromMap(healthJob);
        running.push(EmbeddedFlink.start(SignalWindowJob.JOB_NAME, settings.dataDir().resolve("flink-checkpoints"),
                settings.checkpointInterval(), settings.flinkParallelism(), settings.flinkUiPort(),
                env -> SignalWindowJob.wireProduction(env, windows)));
        // a MiniCluster of its own (one dashboard is enough): the two jobs share the ingest stage's operator uids,
        // so they cannot be one job graph, and each keeps its own checkpoints to resume from
        running.push(EmbeddedFlink.start(HealthJob.JOB_NAME, settings.dataDir().resolve("flink-checkpoints-health"),
                settings.checkpointInterval(), settings.flinkParallelism(), 0,
                env -> HealthJob.wireProduction(env, health)));
        flinkDescription = (settings.flinkUiPort() > 0
                ? "MiniCluster, dashboard http://localhost:" + settings.flinkUiPort() + "/" : "MiniCluster, dashboard off")
                + "; jobs " + SignalWindowJob.JOB_NAME + " and " + HealthJob.JOB_NAME;
    }

    private void startSimulator() {
        if (settings.vehicles() == 0) {
            return;
        }
        KafkaReadingPublisher publisher = KafkaReadingPublisher.create(kafkaBootstrap, Topics.OBD_READINGS);
        running.push(publisher);
        FleetSimulator simulator = new FleetSimulator(
                SimulatorSettings.defaults(settings.vehicles()).withSeed(settings.simulatorSeed()),
                publisher, Clock.systemUTC());
        simulator.start();
        running.push(simulator);
        vins = simulator.vins();
    }

    /** The first two cars of the simulated fleet: their VINs depend only on the seed and the car's index. */
    private List<String> demoOwnerVins() {
        List<String> owned = new ArrayList<>();
        for (int i = 0; i < Math.min(2, settings.vehicles()); i++) {
            owned.add(VinGenerator.vinFor(settings.simulatorSeed(), i));
        }
        return owned;
    }

    private String jdbcUser() {
        return settings.externalJdbcUrl().isPresent() ? settings.jdbcUser() : EmbeddedPostgresServer.USER;
    }

    private String jdbcPassword() {
        return settings.externalJdbcUrl().isPresent() ? settings.jdbcPassword() : "";
    }

    public String url() {
        return "http://localhost:" + httpPort + "/";
    }

    public int httpPort() {
        return httpPort;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrap;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Where the Flink job runs, for people. */
    public String flinkDescription() {
        return flinkDescription;
    }

    /** The simulated cars' VINs. */
    public List<String> vins() {
        return vins;
    }

    public LocalStackSettings settings() {
        return settings;
    }

    /** The settings with the ports this stack actually bound, to start it again exactly as it was. */
    public LocalStackSettings boundSettings() {
        return settings.withPorts(httpPort, kafkaPort, kafkaControllerPort, postgresPort);
    }

    /** Stops everything in reverse start order; a failure to stop one piece does not keep the others running. */
    @Override
    public void close() {
        long started = System.nanoTime();
        while (!running.isEmpty()) {
            AutoCloseable piece = running.pop();
            try {
                piece.close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", piece, e.toString());
            }
        }
        LOG.info("KC Speedshop stopped in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}
