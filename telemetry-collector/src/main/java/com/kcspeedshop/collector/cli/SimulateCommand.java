package com.kcspeedshop.collector.cli;

import com.kcspeedshop.collector.publish.KafkaPublisherConfig;
import com.kcspeedshop.collector.publish.KafkaReadingPublisher;
import com.kcspeedshop.collector.publish.PublishStats;
import com.kcspeedshop.collector.publish.ReadingPublisher;
import com.kcspeedshop.collector.publish.journal.FsyncPolicy;
import com.kcspeedshop.collector.publish.journal.JournalSettings;
import com.kcspeedshop.collector.publish.journal.JournaledPublisher;
import com.kcspeedshop.collector.publish.journal.JournaledPublisherSettings;
import com.kcspeedshop.collector.sim.FleetSimulator;
import com.kcspeedshop.collector.sim.SimulatorSettings;
import com.kcspeedshop.events.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code simulate}: publishes a simulated fleet's readings to Kafka in real time. */
@Command(name = "simulate",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        sortOptions = false,
        description = {
            "Simulates a fleet of cars and publishes their live OBD-II readings to Kafka in real time.",
            "Each car starts, warms up, drives town and motorway cycles, stops at lights and parks again. Every tick"
                    + " it reports ENGINE_RPM, VEHICLE_SPEED, COOLANT_TEMP, CONTROL_MODULE_VOLTAGE, SHORT_FUEL_TRIM_1,"
                    + " LONG_FUEL_TRIM_1 and ENGINE_LOAD, keyed by its VIN.",
            "Prints one status line every few seconds; stops after --duration or on Ctrl-C, flushing what is"
                    + " in flight. Exit code 1 if any reading failed to send."},
        footer = {"", "Example:",
            "  kcs-collector simulate --vehicles 20 --bootstrap-servers broker1:9092 \\",
            "      --duration 10m",
            "  20 cars x 7 signals at 1 Hz: 140 readings per second, for ten minutes."})
final class SimulateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--vehicles", required = true, paramLabel = "N",
            description = "Number of cars to simulate (1-100000).")
    private Integer vehicles; // boxed: a required option has no default to show

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Kafka brokers to connect to.")
    private String bootstrapServers;

    @Option(names = "--rate-hz", paramLabel = "R", defaultValue = "1.0",
            description = "Readings per second per signal per car (above 0, at most 100).")
    private double rateHz;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Fleet seed: the same seed gives the same VINs and the same drive cycles.")
    private long seed;

    @Option(names = "--duration", paramLabel = "D", converter = DurationConverter.class,
            description = "How long to run, e.g. 90s, 10m, 1h30m. Default: until Ctrl-C.")
    private Duration duration;

    @Option(names = "--topic", paramLabel = "TOPIC", defaultValue = Topics.OBD_READINGS,
            description = "Kafka topic to publish to.")
    private String topic;

    @Option(names = "--source", paramLabel = "ID",
            description = "Source id stamped on every reading; consumers deduplicate by (source, sequence), so two "
                    + "simulators running at once need different ids. Default: sim-<host name>.")
    private String source;

    @Option(names = "--status-interval", paramLabel = "D", defaultValue = "5s", converter = DurationConverter.class,
            description = "How often to print the status line.")
    private Duration statusInterval;

    @Option(names = "--journal-dir", paramLabel = "DIR",
            description = "Journal readings on local disk and send them to Kafka from there (store and forward), so "
                    + "none is lost while Kafka is unreachable or if the collector crashes; readings a previous run "
                    + "left unsent go first. Default: no journal, send directly.")
    private Path journalDir;

    @Option(names = "--journal-fsync", paramLabel = "always|never|<N>ms", defaultValue = "100ms",
            description = "With --journal-dir: when journaled readings are forced to disk. 'always' loses nothing on a "
                    + "power cut, <N>ms at most that much, 'never' leaves it to the OS. A crash loses nothing in any case.")
    private String journalFsync;

    @Override
    public Integer call() throws InterruptedException {
        SimulatorSettings settings = validated(() -> new SimulatorSettings(vehicles, rateHz, seed,
                source != null ? source : SimulatorSettings.defaultSourceId()));
        KafkaPublisherConfig publisherConfig = validated(() -> KafkaPublisherConfig.of(bootstrapServers)
                .withTopic(topic).withClientId("kcs-collector-" + settings.sourceId()));
        JournalSettings journal = journalDir == null ? null
                : validated(() -> JournalSettings.of(journalDir).withFsync(FsyncPolicy.parse(journalFsync)));
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl-C: hold the JVM until the readings in flight are flushed, rather than losing them
        Thread hook = new Thread(() -> {
            stop.countDown();
            awaitQuietly(finished, 15);
        }, "kcs-collector-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        PublishStats stats;
        try (ReadingPublisher publisher = openPublisher(publisherConfig, journal);
             FleetSimulator simulator = new FleetSimulator(settings, publisher, Clock.systemUTC())) {
            out.printf("simulating %d vehicles at %s Hz (seed %d, source %s) to %s on %s%n", settings.vehicles(),
                    settings.rateHz(), settings.seed(), settings.sourceId(), topic, publisherConfig.bootstrapServers());
            out.flush();
            runUntilStopped(simulator, publisher, out, stop);
            simulator.close();
            publisher.close();
            stats = publisher.stats();
        } finally {
            finished.countDown();
            removeHook(hook);
        }
        out.println("done: " + StatusLine.summary(stats));
        out.flush();
        return stats.failed() == 0 && stats.pending() == 0 ? 0 : 1;
    }

    /** Ticks until --duration passes or {@code stop} opens (Ctrl-C), printing the status line meanwhile. */
    private void runUntilStopped(FleetSimulator simulator, ReadingPublisher publisher, PrintWriter out,
                                 CountDownLatch stop) throws InterruptedException {
        long started = System.nanoTime();
        ScheduledExecutorService status = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kcs-collector-status");
            thread.setDaemon(true);
            return thread;
        });
        long every = statusInterval.toMillis();
        status.scheduleAtFixedRate(() -> {
            out.println(StatusLine.format(Duration.ofNanos(System.nanoTime() - started), publisher.stats()));
            out.flush();
        }, every, every, TimeUnit.MILLISECONDS);
        try {
            simulator.start();
            if (duration == null) {
                stop.await();
            } else {
                stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            status.shutdownNow();
        }
    }

    /** Straight to Kafka, or through a journal with --journal-dir. */
    private static ReadingPublisher openPublisher(KafkaPublisherConfig config, JournalSettings journal) {
        if (journal == null) {
            return KafkaReadingPublisher.create(config);
        }
        return JournaledPublisher.open(JournaledPublisherSettings.of(journal, config));
    }

    private <T> T validated(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch, long seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already running the hook, which waits only for 'finished', already counted down
        }
    }
}
