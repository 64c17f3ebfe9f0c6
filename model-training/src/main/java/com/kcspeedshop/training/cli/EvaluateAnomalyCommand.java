package com.kcspeedshop.training.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kcspeedshop.health.evaluation.RecordedTrips;
import com.kcspeedshop.training.anomaly.AnomalyEvaluation;
import com.kcspeedshop.training.anomaly.AnomalyModel;
import com.kcspeedshop.training.anomaly.TripSplit;
import com.kcspeedshop.training.artifact.Artifacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate anomaly}: a saved anomaly model on the held-out trips. Prints the table, then one JSON line (the last
 * line of stdout) with the figures; progress goes to stderr.
 */
@Command(name = "anomaly", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Evaluate a vehicle anomaly model on the held-out (test) trips of the split `train anomaly` uses:",
            "false alarms per driving hour on the untouched trips, and for each trip x injected fault (the shared",
            "vehicle-health FaultInjector, TripEvaluation's onsets and seeds) recall and detection delay from the",
            "onset. Prints a table, then one JSON line. Exit code 1 on any error.",
            ""})
final class EvaluateAnomalyCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR|ID",
            description = "Artifact folder, or an artifact id under --models.")
    String model;

    @Option(names = "--models", defaultValue = "models", paramLabel = "DIR",
            description = "Where ids are looked up. Default: ${DEFAULT-VALUE}.")
    Path root;

    @Option(names = "--data", defaultValue = "../shared/datasets/obd-real", paramLabel = "DIR",
            description = "Folder of trip CSVs. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--window", defaultValue = "120", paramLabel = "SECONDS",
            description = "Detection window after the onset. Default: ${DEFAULT-VALUE} (TripEvaluation's).")
    long windowSeconds;

    @Option(names = "--trips", defaultValue = "test", paramLabel = "PART",
            description = "Which trips: test (held out, default) or all.")
    String part;

    @Override
    public Integer call() throws Exception {
        if (windowSeconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--window must be > 0 seconds");
        }
        if (!part.equals("test") && !part.equals("all")) {
            throw new ParameterException(spec.commandLine(), "--trips must be test or all, got '" + part + "'");
        }
        Path dir = Artifacts.resolve(model, root);
        AnomalyModel loaded = AnomalyModel.load(dir);
        List<RecordedTrips.Trip> all = loadTrips(data);
        List<RecordedTrips.Trip> trips = part.equals("all") ? all : TripSplit.TEST.select(all);
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), "evaluate ");
        AnomalyEvaluation.Result r = new AnomalyEvaluation(loaded, windowSeconds * 1000).run(trips, bar);
        bar.finish();
        String id = dir.toAbsolutePath().normalize().getFileName().toString();
        PrintWriter w = spec.commandLine().getOut();
        w.println("Vehicle anomaly model " + id + " (" + loaded.preprocessing().kind() + ") on the " + part
                + " trips");
        AnomalyReport.print(r, w);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("model", id);
        line.put("kind", loaded.preprocessing().kind());
        line.put("tripSet", part);
        line.putAll(r.asMap());
        w.println(JSON.writeValueAsString(line));
        w.flush();
        return 0;
    }

    /** The trips under {@code --data}; a missing folder is named with the option that sets it. */
    static List<RecordedTrips.Trip> loadTrips(Path data) throws IOException {
        if (!Files.isDirectory(data)) {
            throw new IOException("no trip folder at " + data.toAbsolutePath() + " (set --data)");
        }
        return RecordedTrips.load(data);
    }
}
