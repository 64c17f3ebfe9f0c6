package com.kcspeedshop.collector.cli;

import com.kcspeedshop.collector.publish.KafkaPublisherConfig;
import com.kcspeedshop.collector.publish.KafkaReadingPublisher;
import com.kcspeedshop.collector.publish.PublishStats;
import com.kcspeedshop.collector.replay.ReplaySettings;
import com.kcspeedshop.datasets.trips.TripLog;
import com.kcspeedshop.datasets.trips.TripLogFormat;
import com.kcspeedshop.datasets.trips.TripLogReader;
import com.kcspeedshop.collector.replay.TripReplayer;
import com.kcspeedshop.events.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code replay}: publishes a real recorded OBD-II trip log to Kafka, as recorded or faster. */
@Command(name = "replay",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        sortOptions = false,
        description = {
            "Replays a real OBD-II trip log to Kafka as readings of one vehicle, keyed by its VIN.",
            "Formats: 'kit' (KIT Automotive OBD-II Dataset, Seat Leon: Time column, date in the file name; only values"
                    + " that were newly read or changed are sent, as the logger polls round robin) and 'carobd'"
                    + " (carOBD, Toyota Etios: 27 PIDs, seconds since engine start; every value of every row is sent)."
                    + " Columns map to the collector's signal names, e.g. ENGINE_RPM, COOLANT_TEMP, INTAKE_MAP.",
            "Capture times keep the recorded spacing, shifted so the trip starts now (or --keep-time). Bad rows are"
                    + " skipped and logged with their line number. Prints a status line every few seconds."
                    + " Exit code 1 if any reading failed to send."},
        footer = {"", "Example:",
            "  kcs-collector replay --file datasets/obd-real/carobd-toyota-etios/drive7.csv \\",
            "      --speed 10 --bootstrap-servers localhost:9092",
            "  About 13,000 readings of a 5-minute drive, sent in 30 seconds."})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The trip log (CSV) to replay.")
    private Path file;

    @Option(names = "--format", paramLabel = "kit|carobd|auto", defaultValue = "auto",
            description = "The log's format; auto recognises it from the header.")
    private String format;

    @Option(names = "--vin", paramLabel = "VIN",
            description = "The vehicle to publish as. Default: a valid VIN derived from the file name, the same on "
                    + "every run.")
    private String vin;

    @Option(names = "--speed", paramLabel = "1|10|max", defaultValue = "1",
            description = "How many times faster than recorded (any factor above 0), or max for as fast as possible.")
    private String speed;

    @Option(names = "--keep-time", description = "Stamp the recorded capture times instead of shifting them to now. "
            + "carOBD logs have no date: their run time 0 is --carobd-start.")
    private boolean keepTime;

    @Option(names = "--carobd-start", paramLabel = "INSTANT", defaultValue = "2019-01-01T12:00:00Z",
            description = "With --keep-time: the instant a carOBD log's run time 0 maps to (ISO-8601).")
    private Instant carObdStart;

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Kafka brokers to connect to.")
    private String bootstrapServers;

    @Option(names = "--topic", paramLabel = "TOPIC", defaultValue = Topics.OBD_READINGS,
            description = "Kafka topic to publish to.")
    private String topic;

    @Option(names = "--status-interval", paramLabel = "D", defaultValue = "5s", converter = DurationConverter.class,
            description = "How often to print the status line.")
    private Duration statusInterval;

    @Override
    public Integer call() {
        if (!Files.isReadable(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--file " + file + " is not a readable file");
        }
        TripLogFormat logFormat = validated(() -> TripLogFormat.parse(format));
        TripLog log = validated(() -> read(logFormat));
        ReplaySettings defaults = ReplaySettings.forLog(log.name());
        ReplaySettings settings = validated(() -> defaults.withVin(vin != null ? vin : defaults.vin())
                .withSpeed(ReplaySettings.parseSpeed(speed)).withKeepTime(keepTime));
        KafkaPublisherConfig config = validated(() -> KafkaPublisherConfig.of(bootstrapServers).withTopic(topic)
                .withClientId("kcs-collector-" + settings.sourceId()));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "replaying %s (%s): %,d rows, %,d readings, %,d rows skipped, as %s (source %s) at "
                        + "speed %s to %s on %s%n", file.getFileName(), log.format().name().toLowerCase(Locale.ROOT),
                log.rows(), log.readings().size(), log.skipped().size(), settings.vin(), settings.sourceId(), speed,
                topic, config.bootstrapServers());
        out.flush();
        PublishStats stats;
        try (ShutdownGuard guard = ShutdownGuard.forCurrentThread();
             KafkaReadingPublisher publisher = KafkaReadingPublisher.create(config)) {
            ReplayProgress progress = new ReplayProgress(out, statusInterval, publisher::stats);
            try {
                TripReplayer.realTime(publisher).replay(log, settings, progress::update);
            } catch (InterruptedException stopped) {
                out.println("stopped (Ctrl-C): flushing the readings in flight");
            }
            publisher.flush();
            stats = publisher.stats();
        }
        out.println("done: " + StatusLine.summary(stats));
        out.flush();
        return stats.failed() == 0 && stats.pending() == 0 ? 0 : 1;
    }

    private TripLog read(TripLogFormat logFormat) {
        try {
            return TripLogReader.read(file, logFormat, carObdStart);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private <T> T validated(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
