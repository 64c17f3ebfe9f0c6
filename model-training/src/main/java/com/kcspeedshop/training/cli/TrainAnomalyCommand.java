package com.kcspeedshop.training.cli;

import com.kcspeedshop.health.evaluation.RecordedTrips;
import com.kcspeedshop.training.anomaly.AnomalyTraining;
import com.kcspeedshop.training.anomaly.IsolationForestTrainer;
import com.kcspeedshop.training.anomaly.LstmAutoencoderTrainer;
import com.kcspeedshop.training.artifact.Artifacts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code train anomaly}: a vehicle anomaly model on the real OBD trips. */
@Command(name = "anomaly", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Vehicle anomaly model on the real OBD trips, trained on normal driving only.",
            "",
            "Each trip is replayed through the vehicle-health engine and the feature vector of every 10 s",
            "scoring interval is kept (what the Flink job hands a scorer). Trips sorted by path are split by",
            "position: i %% 4 in {0,1} train, 2 validation, 3 test. The alarm threshold is the lowest score with",
            "at most --max-false-alarms alarms per 10 driving hours on the validation trips. The test trips are",
            "then evaluated clean (false alarms per hour) and with each injected fault (recall, delay).",
            ""})
final class TrainAnomalyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--algorithm", required = true, paramLabel = "ALG",
            description = "isolation-forest or lstm-autoencoder.")
    String algorithm;

    @Option(names = "--data", defaultValue = "../shared/datasets/obd-real", paramLabel = "DIR",
            description = "Folder of trip CSVs (walked recursively). Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--out", defaultValue = "models", paramLabel = "DIR",
            description = "Artifact root; the model goes to DIR/<id>/. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--max-false-alarms", defaultValue = "1", paramLabel = "N",
            description = "Alarms allowed per 10 driving hours on the validation trips. Default: ${DEFAULT-VALUE}.")
    double maxFalseAlarms;

    @Option(names = "--seed", defaultValue = "42", description = "Seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--trees", defaultValue = "200", description = "Isolation forest trees. Default: ${DEFAULT-VALUE}.")
    int trees;

    @Option(names = "--sample-size", defaultValue = "256",
            description = "Isolation forest rows per tree. Default: ${DEFAULT-VALUE}.")
    int sampleSize;

    @Option(names = "--window", defaultValue = "6",
            description = "Autoencoder window in 10 s intervals. Default: ${DEFAULT-VALUE}.")
    int window;

    @Option(names = "--code", defaultValue = "16", description = "Autoencoder code size. Default: ${DEFAULT-VALUE}.")
    int code;

    @Option(names = "--epochs", defaultValue = "60", description = "Autoencoder max epochs. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--batch-size", defaultValue = "256",
            description = "Autoencoder windows per minibatch. Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Option(names = "--time-budget", defaultValue = "15", paramLabel = "MINUTES",
            description = "Autoencoder wall-time budget. Default: ${DEFAULT-VALUE} min.")
    int budgetMinutes;

    @Override
    public Integer call() throws Exception {
        AnomalyTraining.Algorithm alg = switch (algorithm) {
            case "isolation-forest" -> AnomalyTraining.Algorithm.ISOLATION_FOREST;
            case "lstm-autoencoder" -> AnomalyTraining.Algorithm.LSTM_AUTOENCODER;
            default -> throw new ParameterException(spec.commandLine(), "--algorithm must be isolation-forest or "
                    + "lstm-autoencoder, got '" + algorithm + "'");
        };
        IsolationForestTrainer forest;
        LstmAutoencoderTrainer autoencoder;
        try {
            forest = new IsolationForestTrainer(trees, sampleSize, 0);
            autoencoder = new LstmAutoencoderTrainer(window, code, epochs, LstmAutoencoderTrainer.DEFAULT.patience(),
                    batchSize, LstmAutoencoderTrainer.DEFAULT.learningRate(),
                    Duration.ofMinutes(budgetMinutes));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<RecordedTrips.Trip> trips = EvaluateAnomalyCommand.loadTrips(data);
        String id = Artifacts.newId("anomaly", "obd", alg.kind(), Instant.now());
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar features = new ProgressBar(err, "features ");
        ProgressBar fitting = new ProgressBar(err, "training ");
        ProgressBar testing = new ProgressBar(err, "test     ");
        AnomalyTraining.Run run = new AnomalyTraining(alg, forest, autoencoder, maxFalseAlarms, seed)
                .run(trips, id, out.resolve(id), features, fitting, testing);
        testing.finish();
        PrintWriter w = spec.commandLine().getOut();
        w.println("Vehicle anomaly model " + run.id() + " (" + alg.kind() + ")");
        w.printf(Locale.ROOT, "  trained on %d intervals; fit %s, whole run to threshold %s (%d cores)%n",
                run.trainIntervals(), ProgressBar.format(run.fitTime()), ProgressBar.format(run.time()),
                Runtime.getRuntime().availableProcessors());
        w.printf(Locale.ROOT, "  validation: %.2f driving hours, %d alarms at the chosen threshold%n",
                run.validationHours(), run.validationFalseAlarms());
        AnomalyReport.print(run.test(), w);
        w.println("  artifact " + run.artifact().toAbsolutePath());
        w.flush();
        return 0;
    }
}
