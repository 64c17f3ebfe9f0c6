package com.kcspeedshop.flink.replay;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.flink.health.AnomalyModelLoader;
import com.kcspeedshop.flink.health.HealthJob;
import com.kcspeedshop.flink.health.HealthSinks;
import com.kcspeedshop.flink.health.HealthSources;
import com.kcspeedshop.flink.ingest.IngestSettings;
import com.kcspeedshop.health.fault.FaultInjector;
import com.kcspeedshop.health.fault.FaultSpec;
import com.kcspeedshop.health.fault.FaultType;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code replay}: runs the health job's own graph ({@link HealthJob#build}) on a bounded input on a local MiniCluster,
 * parallelism 1, and writes its health scores, anomalies and alerts as JSON lines; a summary (driving hours, alerts
 * per hour) goes to stderr. Optionally injects one documented fault ({@link FaultInjector}) first.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Replays readings through the vehicle-health job and writes its outputs as JSON lines.")
public final class ReplayCommand implements Callable<Integer> {

    /** The VIN given to a trip log's readings; 17 characters, no I, O or Q. */
    static final String DEFAULT_VIN = "KCSREPLAY00000001";

    @Parameters(index = "0", paramLabel = "<input>", description = "JSON lines of ObdReading, or a real trip log")
    Path input;

    @Option(names = "--format", defaultValue = "json",
            description = "json (Events JSON, one ObdReading per line) | kit | carobd; default: ${DEFAULT-VALUE}")
    ReplayInput.Format format;

    @Option(names = "--vin", defaultValue = DEFAULT_VIN, description = "VIN for a trip log's readings")
    String vin;

    @Option(names = "--out", description = "output file; default: stdout")
    Path out;

    @Option(names = "--inject", description = "a fault to inject: ${COMPLETION-CANDIDATES}")
    FaultType inject;

    @Option(names = "--onset", description = "fault onset, seconds after the first reading; default: 40% into it")
    Long onsetSeconds;

    @Option(names = "--magnitude", description = "fault magnitude; default: the fault's own")
    Double magnitude;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the fault injector; default: ${DEFAULT-VALUE}")
    long seed;

    private final PrintStream stdout;
    private final PrintStream stderr;

    public ReplayCommand() {
        this(System.out, System.err);
    }

    ReplayCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new ReplayCommand()).execute(args));
    }

    static CommandLine commandLine(ReplayCommand command) {
        return new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true)
                .setErr(new PrintWriter(command.stderr, true, StandardCharsets.UTF_8));
    }

    @Override
    public Integer call() throws Exception {
        List<ObdReading> readings;
        try {
            readings = withFault(ReplayInput.read(input, format, vin));
        } catch (ReplayException e) {
            stderr.println("replay: " + e.getMessage());
            return 2;
        }
        String run = UUID.randomUUID().toString();
        Path spool = Files.createTempDirectory("kcspeedshop-replay-");
        LineCollector.open(run);
        List<String> lines;
        try {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(1); // one reader keeps the file's order; one task keeps the output's
            HealthSources sources = new HealthSources(
                    RecordsSource.of(spool.resolve("readings"), readings, Events.OBD_READING::encode, ObdReading::vin),
                    new EmptySource(), new EmptySource());
            HealthSinks sinks = new HealthSinks(
                    LineCollector.sink(run, "health-score", HealthScore.class),
                    LineCollector.sink(run, "anomaly", Anomaly.class),
                    LineCollector.sink(run, "alert", Alert.class),
                    new DiscardingSink<>(), new DiscardingSink<>(),
                    LineCollector.sink(run, "dead-letter", DeadLetter.class),
                    LineCollector.sink(run, "late-reading", ObdReading.class),
                    LineCollector.sink(run, "late-dtc-report", DtcReport.class));
            // idleness off: every input is bounded and ends with a final watermark
            new HealthJob(new IngestSettings(Duration.ofSeconds(2), Duration.ZERO, Duration.ofHours(24), "replay"),
                    Duration.ofDays(365), AnomalyModelLoader.AWAITING_MODEL_SERVING).build(env, sources, sinks);
            env.execute("vehicle-health-replay");
        } finally {
            lines = LineCollector.drain(run);
            deleteSpool(spool);
        }
        ReplaySummary summary = ReplaySummary.of(readings, lines);
        try (Writer writer = out == null ? new PrintWriter(stdout, false, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String line : summary.outputLines()) {
                writer.write(line);
                writer.write('\n');
            }
            writer.flush();
        }
        stderr.print(summary.describe(inject));
        return 0;
    }

    private List<ObdReading> withFault(List<ObdReading> readings) {
        if (readings.isEmpty()) {
            throw new ReplayException(input + " holds no readings");
        }
        if (inject == null) {
            return readings;
        }
        if (!FaultInjector.applicable(inject, readings)) {
            throw new ReplayException("cannot inject " + inject + ": the input lacks " + inject.requiredSignals());
        }
        Instant first = readings.stream().map(ObdReading::capturedAt).min(Instant::compareTo).orElseThrow();
        Instant last = readings.stream().map(ObdReading::capturedAt).max(Instant::compareTo).orElseThrow();
        Instant onset = onsetSeconds != null ? first.plusSeconds(onsetSeconds)
                : first.plusMillis(Duration.between(first, last).toMillis() * 4 / 10);
        FaultSpec spec = magnitude != null ? new FaultSpec(inject, onset, magnitude, seed)
                : FaultSpec.of(inject, onset, seed);
        return FaultInjector.inject(readings, spec);
    }

    private static void deleteSpool(Path spool) {
        try (var files = Files.list(spool)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
