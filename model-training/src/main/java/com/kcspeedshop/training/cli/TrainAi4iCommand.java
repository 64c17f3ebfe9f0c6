package com.kcspeedshop.training.cli;

import com.kcspeedshop.training.artifact.Artifacts;
import com.kcspeedshop.training.failure.BinaryMetrics;
import com.kcspeedshop.training.failure.FailureTraining;
import com.kcspeedshop.training.failure.SmileForestTrainer;
import com.kcspeedshop.training.failure.TribuoXgboostTrainer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code train ai4i}: failure classification with cross-validated figures. */
@Command(name = "ai4i", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Failure classification on the AI4I 2020 predictive-maintenance CSV.",
            "",
            "For each model (Tribuo XGBoost, Smile random forest) and each target (any machine failure, and",
            "each failure mode TWF/HDF/PWF/OSF/RNF) it runs stratified k-fold cross-validation and reports",
            "precision, recall, F1 and the confusion matrix from out-of-fold predictions. Failure is predicted",
            "when P(failure) >= 1/(1+fn-cost), the threshold that minimises expected cost when a missed",
            "failure costs fn-cost false alarms (Elkan 2001); figures at 0.5 are shown for comparison.",
            "Then the machine-failure models are fitted on all rows and saved with provenance.json.",
            ""})
final class TrainAi4iCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "../shared/datasets/ai4i2020/ai4i2020.csv", paramLabel = "FILE",
            description = "The AI4I CSV. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--out", defaultValue = "models", paramLabel = "DIR",
            description = "Artifact root; models go to DIR/<id>/. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds. Default: 5.")
    int folds;

    @Option(names = "--fn-cost", defaultValue = "10", paramLabel = "COST",
            description = "Cost of a missed failure in false alarms. Default: 10 (threshold 1/11).")
    double fnCost;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for folds and models. Default: 42.")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(data)) {
            throw new ParameterException(spec.commandLine(), "AI4I file not found: " + data.toAbsolutePath()
                    + " (set --data)");
        }
        if (!(fnCost > 0)) {
            throw new ParameterException(spec.commandLine(), "--fn-cost must be > 0");
        }
        String id = Artifacts.newId("ai4i", "failure", "xgb+rf", Instant.now());
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), "cross-validation");
        FailureTraining.Run run = new FailureTraining(List.of(TribuoXgboostTrainer.DEFAULT,
                SmileForestTrainer.DEFAULT), folds, fnCost, seed).run(data, id, out.resolve(id), bar);
        bar.finish();
        PrintWriter w = spec.commandLine().getOut();
        w.println("AI4I failure classification " + run.id() + "  (" + folds + "-fold stratified CV, out-of-fold)");
        w.printf(Locale.ROOT, "  threshold %.3f (missed failure = %.0f false alarms); time %s (%d cores)%n",
                1 / (1 + fnCost), fnCost, ProgressBar.format(run.time()), Runtime.getRuntime().availableProcessors());
        w.printf(Locale.ROOT, "  %-14s %-16s %9s %7s %6s   %-24s %s%n", "model", "target", "precision", "recall", "F1",
                "confusion tp/fp/fn/tn", "F1 at 0.5");
        for (FailureTraining.Result r : run.results()) {
            BinaryMetrics m = r.atCost();
            w.printf(Locale.ROOT, "  %-14s %-16s %9.3f %7.3f %6.3f   %-24s %.3f%n", r.trainer(), r.target(),
                    m.precision(), m.recall(), m.f1(), m.tp() + "/" + m.fp() + "/" + m.fn() + "/" + m.tn(),
                    r.atHalf().f1());
        }
        w.println("  artifact " + run.artifact().toAbsolutePath());
        w.flush();
        return 0;
    }
}
