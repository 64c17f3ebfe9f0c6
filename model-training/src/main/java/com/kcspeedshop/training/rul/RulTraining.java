package com.kcspeedshop.training.rul;

import com.kcspeedshop.datasets.cmapss.CmapssReader;
import com.kcspeedshop.datasets.cmapss.EngineUnit;
import com.kcspeedshop.training.artifact.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One RUL training run: read the subset's training file, split by unit, fit preprocessing on the training units, train,
 * score on validation units (and on the test set when its files sit next to the training file), write the artifact.
 */
public final class RulTraining {

    /** Which model to train. */
    public enum Kind {
        TREE, DL4J
    }

    /** What a run produced and measured. */
    public record Run(String id, Path artifact, RulModel model, RulMetrics validation, RulMetrics test,
            Duration trainingTime, Map<String, Object> details) {
    }

    private final RulRecipe recipe;
    private final TreeRulTrainer tree;
    private final ConvRulTrainer conv;
    /** Null, or the architectures whose members share each fold (then {@code conv} is the first of them). */
    private final MixedEnsemble mixed;

    public RulTraining(RulRecipe recipe, TreeRulTrainer tree, ConvRulTrainer conv) {
        this.recipe = recipe;
        this.tree = tree;
        this.conv = conv;
        this.mixed = null;
    }

    /** A DL4J ensemble with one member of each of {@code mixed}'s architectures per fold. */
    public RulTraining(RulRecipe recipe, TreeRulTrainer tree, MixedEnsemble mixed) {
        this.recipe = recipe;
        this.tree = tree;
        this.conv = mixed.kinds().get(0);
        this.mixed = mixed;
    }

    /**
     * @param train   {@code train_FD00x.txt}
     * @param test    matching test file, or null
     * @param truth   matching RUL file, or null
     * @param id      artifact id
     * @param out     artifact folder to create
     */
    public Run run(Kind kind, String subset, Path train, Path test, Path truth, String id, Path out,
            TrainingProgress progress) throws IOException {
        List<EngineUnit> units = CmapssReader.readUnits(train);
        boolean ensemble = kind == Kind.DL4J && conv.members() > 1;
        UnitSplit split = UnitSplit.of(units, recipe.validationShare(), recipe.seed());
        // an ensemble's members together train on every unit, so its (label-free) preprocessing is fitted on all
        RulPreprocessing prep = RulPreprocessing.fit(ensemble ? units : split.train(), recipe);
        Instant start = Instant.now();
        Map<String, Object> details = new LinkedHashMap<>();
        RulModel model;
        Map<String, Object> hyper;
        RulMetrics validation = null;
        RulMetrics uncapped = null;
        Map<String, Object> splitInfo = new LinkedHashMap<>();
        splitInfo.put("by", "engine unit");
        if (kind == Kind.TREE) {
            model = tree.train(split.train(), prep, recipe, progress);
            hyper = tree.hyperparameters();
        } else if (!ensemble && mixed != null) {
            List<ConvRulTrainer.Fit> fits = mixed.train(split, prep, recipe, progress);
            model = MixedEnsemble.average(fits, prep);
            hyper = mixed.hyperparameters();
            details.put("bestEpoch", fits.stream().map(ConvRulTrainer.Fit::bestEpoch).toList());
            details.put("epochsRun", fits.stream().map(ConvRulTrainer.Fit::epochsRun).toList());
        } else if (!ensemble) {
            ConvRulTrainer.Fit fit = conv.train(split, prep, recipe, progress);
            model = fit.model();
            hyper = conv.hyperparameters();
            details.put("bestEpoch", fit.bestEpoch());
            details.put("epochsRun", fit.epochsRun());
        } else {
            ConvRulTrainer.EnsembleFit fit;
            if (mixed != null) {
                MixedEnsemble.MixedFit mixedFit = mixed.trainFolds(units, prep, recipe, progress);
                fit = mixedFit.fit();
                hyper = mixed.hyperparameters();
                // each architecture's own out-of-fold figures on the same folds: what the mix adds over either
                for (int k = 0; k < mixed.kinds().size(); k++) {
                    ConvRulTrainer.EnsembleFit own = mixedFit.perKind().get(k);
                    details.put("val " + mixed.kinds().get(k).architecture().cliName(), String.format(
                            java.util.Locale.ROOT, "out-of-fold RMSE %.2f, uncapped %.2f (its members alone)",
                            own.outOfFold().rmse(), own.outOfFoldUncapped().rmse()));
                }
            } else {
                fit = conv.trainFolds(units, prep, recipe, progress);
                hyper = conv.hyperparameters();
            }
            model = fit.model();
            hyper.put("workers", conv.workers());
            validation = fit.outOfFold();
            uncapped = fit.outOfFoldUncapped();
            details.put("members", fit.members().size());
            details.put("bestEpochs", fit.members().stream().map(ConvRulTrainer.Fit::bestEpoch).toList());
            details.put("epochsRun", fit.members().stream().map(ConvRulTrainer.Fit::epochsRun).toList());
            if (conv.refit()) {
                details.put("refitEpochs", fit.refitEpochs());
            }
            details.put("memberValRmse", fit.members().stream()
                    .map(f -> Math.round(f.validationRmse() * 100) / 100.0).toList());
            splitInfo.put("folds", fit.folds().size());
            splitInfo.put("validationUnitsPerFold", fit.folds().stream()
                    .map(f -> f.validation().stream().map(EngineUnit::unit).sorted().toList()).toList());
        }
        Duration took = Duration.between(start, Instant.now());
        if (validation == null) {
            validation = RulEvaluation.onEveryWindow(model, split.validation());
            uncapped = RulEvaluation.onEveryWindowUncapped(model, split.validation(), ConvRulTrainer.UNCAPPED_MAX_RUL);
            splitInfo.put("validationUnits", split.validation().stream().map(EngineUnit::unit).sorted().toList());
        }
        details.put("val uncapped", String.format(java.util.Locale.ROOT, "RMSE %.2f over %d windows with true RUL <= %d"
                + " (cap-independent)", uncapped.rmse(), uncapped.units(), ConvRulTrainer.UNCAPPED_MAX_RUL));
        RulMetrics testMetrics = test != null && truth != null ? RulEvaluation.onTestSet(model, test, truth) : null;

        model.save(out);
        List<Path> files = new ArrayList<>(List.of(train));
        if (testMetrics != null) {
            files.add(test);
            files.add(truth);
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("validation", metricsMap(validation, "windows", ensemble
                ? "out-of-fold: every window of all " + units.size() + " training units, each predicted by the member"
                        + " that held its unit out, capped labels"
                : "every window of " + split.validation().size() + " held-out training units, capped labels"));
        metrics.put("validationUncapped", metricsMap(uncapped, "windows", "the same windows with true RUL <= "
                + ConvRulTrainer.UNCAPPED_MAX_RUL + ", against the uncapped true RUL"));
        if (testMetrics != null) {
            metrics.put("test", metricsMap(testMetrics, "units", "last cycle of each test unit vs " + truth.getFileName()));
        }
        new Provenance()
                .put("id", id)
                .put("task", "rul")
                .put("subset", subset)
                .put("model", kind.name().toLowerCase(java.util.Locale.ROOT))
                .put("binary", model.binaryName())
                .put("createdAt", Instant.now().toString())
                .put("data", Provenance.dataFiles(files))
                .put("split", splitInfo)
                .put("features", Map.of("sensors", Arrays.stream(prep.sensors()).mapToObj(s -> "s" + s).toList(),
                        "operatingConditions", prep.conditions().length, "normalisation", prep.scaling() + " per condition",
                        "preprocessingFittedOn", ensemble ? "all training units" : "training units of the split",
                        "window", prep.window(), "rulCap", prep.rulCap(), "trendSmoothing", prep.trendSmoothing(),
                        "treeFeatures", kind == Kind.TREE ? WindowFeatures.names(prep) : List.of()))
                .put("hyperparameters", hyper)
                .put("seed", recipe.seed())
                .put("libraries", Provenance.libraryVersions())
                .put("gitCommit", Provenance.gitCommit())
                .put("metrics", metrics)
                .put("training", details)
                .put("trainingSeconds", took.toMillis() / 1000.0)
                .put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                        "nativeThreads", com.kcspeedshop.training.artifact.Threads.nativeThreads(),
                        "maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20))
                .write(out);
        return new Run(id, out, model, validation, testMetrics, took, details);
    }

    private static Map<String, Object> metricsMap(RulMetrics m, String counted, String on) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("on", on);
        map.put(counted, m.units());
        map.put("rmse", m.rmse());
        map.put("phm08Score", m.score());
        return map;
    }

    /** {@code test_FD00x.txt} and {@code RUL_FD00x.txt} next to the training file, when both exist. */
    public static Path[] siblingTestFiles(Path train, String subset) {
        Path dir = train.toAbsolutePath().getParent();
        Path test = dir.resolve("test_" + subset + ".txt");
        Path truth = dir.resolve("RUL_" + subset + ".txt");
        return Files.isReadable(test) && Files.isReadable(truth) ? new Path[] {test, truth} : null;
    }
}
