package com.kcspeedshop.training.failure;

import com.kcspeedshop.datasets.ai4i.Ai4iReader;
import com.kcspeedshop.datasets.ai4i.Ai4iRecord;
import com.kcspeedshop.training.artifact.Provenance;
import com.kcspeedshop.training.rul.TrainingProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One AI4I run: for each trainer and each target, stratified k-fold CV with out-of-fold probabilities, metrics at the
 * cost-sensitive threshold and at 0.5; then each trainer's machine-failure model is fitted on all rows and saved.
 */
public final class FailureTraining {

    /** Figures of one trainer on one target. */
    public record Result(String trainer, FailureTarget target, double threshold, BinaryMetrics atCost,
            BinaryMetrics atHalf) {
    }

    /** What a run measured and where it wrote. */
    public record Run(String id, Path artifact, List<Result> results, Duration time) {
    }

    private final List<BinaryTrainer> trainers;
    private final int folds;
    private final double fnCost;
    private final long seed;

    public FailureTraining(List<BinaryTrainer> trainers, int folds, double fnCost, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be >= 2, was " + folds);
        }
        this.trainers = List.copyOf(trainers);
        this.folds = folds;
        this.fnCost = fnCost;
        this.seed = seed;
    }

    public Run run(Path csv, String id, Path out, TrainingProgress progress) throws IOException {
        return run(Ai4iReader.read(csv), List.of(csv), id, out, progress);
    }

    public Run run(List<Ai4iRecord> rows, List<Path> dataFiles, String id, Path out, TrainingProgress progress)
            throws IOException {
        Instant start = Instant.now();
        double[][] x = rows.stream().map(Ai4iFeatures::of).toArray(double[][]::new);
        double threshold = CrossValidation.costThreshold(fnCost);
        List<Result> results = new ArrayList<>();
        int steps = trainers.size() * (FailureTarget.values().length + 1);
        int done = 0;
        for (BinaryTrainer trainer : trainers) {
            for (FailureTarget target : FailureTarget.values()) {
                boolean[] y = labels(rows, target);
                double[] p = CrossValidation.outOfFold(trainer, x, y, folds, seed);
                results.add(new Result(trainer.name(), target, threshold, BinaryMetrics.of(y, p, threshold),
                        BinaryMetrics.of(y, p, 0.5)));
                progress.update(++done, steps, trainer.name() + " " + target);
            }
        }
        Map<String, Object> models = new LinkedHashMap<>();
        boolean[] failure = labels(rows, FailureTarget.MACHINE_FAILURE);
        if (!hasBothClasses(failure)) {
            throw new IllegalArgumentException("the data has no " + (failure[0] ? "non-" : "") + "failure rows: "
                    + "nothing to learn a machine-failure model from");
        }
        for (BinaryTrainer trainer : trainers) {
            String file = "machine-failure-" + trainer.name() + trainer.extension();
            java.nio.file.Files.createDirectories(out);
            trainer.fit(x, failure, seed).save(out.resolve(file));
            models.put(trainer.name(), Map.of("file", file, "hyperparameters", trainer.hyperparameters()));
            progress.update(++done, steps, "final " + trainer.name() + " on all rows");
        }
        Duration took = Duration.between(start, Instant.now());
        new Provenance()
                .put("id", id)
                .put("task", "ai4i-failure")
                .put("createdAt", Instant.now().toString())
                .put("data", Provenance.dataFiles(dataFiles))
                .put("features", Ai4iFeatures.NAMES)
                .put("models", models)
                .put("evaluation", Map.of("method", folds + "-fold stratified cross-validation, out-of-fold",
                        "falseNegativeCost", fnCost, "threshold", threshold))
                .put("seed", seed)
                .put("libraries", Provenance.libraryVersions())
                .put("gitCommit", Provenance.gitCommit())
                .put("metrics", results.stream().map(FailureTraining::asMap).toList())
                .put("trainingSeconds", took.toMillis() / 1000.0)
                .write(out);
        return new Run(id, out, results, took);
    }

    private static boolean hasBothClasses(boolean[] y) {
        for (boolean label : y) {
            if (label != y[0]) {
                return true;
            }
        }
        return false;
    }

    static boolean[] labels(List<Ai4iRecord> rows, FailureTarget target) {
        boolean[] y = new boolean[rows.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = target.of(rows.get(i));
        }
        return y;
    }

    private static Map<String, Object> asMap(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trainer", r.trainer());
        m.put("target", r.target().name());
        m.put("atCostThreshold", metrics(r.atCost()));
        m.put("atHalf", metrics(r.atHalf()));
        return m;
    }

    private static Map<String, Object> metrics(BinaryMetrics b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", b.precision());
        m.put("recall", b.recall());
        m.put("f1", b.f1());
        m.put("confusion", Map.of("tp", b.tp(), "fp", b.fp(), "fn", b.fn(), "tn", b.tn()));
        return m;
    }
}
