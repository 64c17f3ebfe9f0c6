package com.kcspeedshop.training.cli;

import com.kcspeedshop.training.artifact.Artifacts;
import com.kcspeedshop.training.rul.ConvArchitecture;
import com.kcspeedshop.training.rul.ConvRulTrainer;
import com.kcspeedshop.training.rul.MixedEnsemble;
import com.kcspeedshop.training.rul.RulMetrics;
import com.kcspeedshop.training.rul.RulRecipe;
import com.kcspeedshop.training.rul.RulTraining;
import com.kcspeedshop.training.rul.Scaling;
import com.kcspeedshop.training.rul.TreeRulTrainer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code train rul}: remaining useful life on one C-MAPSS subset. */
@Command(name = "rul", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Train a remaining-useful-life model on one NASA C-MAPSS subset (train_FD00x.txt).",
            "",
            "Recipe: sensors that are constant within every operating condition are dropped; the 3 settings are",
            "clustered into operating conditions (1 in FD001/FD003, 6 in FD002/FD004) and each sensor is scaled",
            "within its condition (--scaling); targets are RUL capped at --rul-cap; windows of --window cycles. 20 %% of the",
            "training engines (by unit, never by row) are held out for validation and early stopping. dl4j with",
            "--members k > 1 (default 5): a k-fold cross-validation ensemble by unit, members averaged; its",
            "validation figure is out-of-fold. By default each fold trains two members, a dense net on the window",
            "statistics and a 1-D CNN (--architecture); both read every sensor smoothed and, smoothed more slowly,",
            "its trend since the engine was new (--trend-smoothing). Run with OMP_NUM_THREADS=1 so members train side",
            "by side, one per core.",
            "When test_FD00x.txt and RUL_FD00x.txt sit next to the training file, the test RMSE and PHM08 score",
            "are measured too. Writes <out>/<id>/ with the model, preprocessing.json and provenance.json.",
            ""})
final class TrainRulCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--subset", required = true, paramLabel = "FD00x",
            description = "C-MAPSS subset: FD001, FD002, FD003 or FD004.")
    String subset;

    @Option(names = "--model", defaultValue = "tree", paramLabel = "tree|dl4j",
            description = "tree = Tribuo XGBoost on window features (fast); dl4j = DL4J networks on the normalised"
                    + " windows (--architecture). "
                    + "Default: ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--data", defaultValue = "../shared/datasets/cmapss", paramLabel = "DIR",
            description = "Folder with train_FD00x.txt (and optionally test_/RUL_ files). Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--train", paramLabel = "FILE", description = "Training file; overrides --data.")
    Path train;

    @Option(names = "--out", defaultValue = "models", paramLabel = "DIR",
            description = "Artifact root; the model goes to DIR/<id>/. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for split, shuffles, init. Default: 42.")
    long seed;

    @Option(names = "--window", defaultValue = "30", description = "Window length in cycles. Default: 30.")
    int window;

    @Option(names = "--rul-cap", defaultValue = "125", description = "Piecewise-linear RUL cap. Default: 125.")
    int rulCap;

    @Option(names = "--architecture", defaultValue = "features-mlp+compact",
            paramLabel = "compact|compact-wide|li2018|lstm|cnn-lstm|features-mlp|A+B",
            description = "dl4j: compact = the 1-D CNN (a convolution across all sensors, then 10x1); compact-wide ="
                    + " the same with 32 maps and Dense(64); li2018 = Li, Ding and Sun 2018's 4 x Conv(10@10x1, tanh) +"
                    + " Conv(1@3x1) stack with batch 512 and up to 250 epochs; lstm = LSTM(32) over the window's"
                    + " cycles, last step, Dense(32), linear; cnn-lstm = Conv(16@10 x all sensors) then that LSTM;"
                    + " features-mlp = each channel's window mean, last-5 mean, slope and std (the tree's features),"
                    + " batch norm, Dense(64), Dense(32), linear; A+B (e.g. features-mlp+compact) = each fold trains"
                    + " one member of each, all averaged (trained in that order, each getting the budget left over the"
                    + " architectures still to train). Default: ${DEFAULT-VALUE}.")
    String architecture;

    @Option(names = "--epochs", description = "dl4j: maximum epochs (early stopping usually ends sooner). Default: 120"
            + " (li2018: 250).")
    Integer epochs;

    @Option(names = "--members", defaultValue = "5",
            description = "dl4j: ensemble members = cross-validation folds by unit; 1 = one network on the 20 %% split."
                    + " Default: ${DEFAULT-VALUE}.")
    int members;

    @Option(names = "--batch-size", description = "dl4j: windows per minibatch. Default: 64 (li2018: 512).")
    Integer batchSize;

    @Option(names = "--learning-rate", description = "dl4j: Adam step, for every architecture of the run. Default:"
            + " 0.001.")
    Double learningRate;

    @Option(names = "--lr-plateau", defaultValue = "0", paramLabel = "EPOCHS",
            description = "dl4j: halve the learning rate after this many epochs without a better validation RMSE;"
                    + " 0 = constant. Default: ${DEFAULT-VALUE}.")
    int lrPlateau;

    @Option(names = "--refit", defaultValue = "false",
            description = "dl4j ensemble: after cross-validation, retrain each member on all units for its fold's best"
                    + " epoch count and keep those (the validation figure stays the cross-validation's out-of-fold).")
    boolean refit;

    @Option(names = "--snapshots", defaultValue = "1", paramLabel = "K",
            description = "dl4j: networks kept per member, its K best epochs by validation RMSE, all averaged (a"
                    + " checkpoint ensemble); 1 = the best epoch only. Default: ${DEFAULT-VALUE}.")
    int snapshots;

    @Option(names = "--patience", description = "dl4j: epochs without a better validation RMSE before a network stops."
            + " Applies to every architecture of the run. Default: 10 (li2018, features-mlp: 20).")
    Integer patience;

    @Option(names = "--scaling", defaultValue = "z-score", paramLabel = "z-score|min-max",
            description = "How each sensor is scaled within its operating condition: z-score, or min-max to [-1, 1]."
                    + " Default: ${DEFAULT-VALUE}.")
    String scaling;

    @Option(names = "--trend-smoothing", paramLabel = "W",
            description = "dl4j: besides each sensor smoothed with weight 0.1 on the newest cycle, give the networks a"
                    + " second, slower copy smoothed with weight W, whose memory reaches back about 1/W cycles before"
                    + " the window; 0 = no trend channels (the inputs before the sixth round). The tree model ignores"
                    + " it. Default: " + RulRecipe.DEFAULT_TREND_SMOOTHING + ".")
    Double trendSmoothing;

    @Option(names = "--trees", defaultValue = "300", description = "tree: boosting rounds. Default: 300.")
    int trees;

    @Override
    public Integer call() throws Exception {
        PrintWriter outWriter = spec.commandLine().getOut();
        if (!subset.matches("FD00[1-4]")) {
            throw new ParameterException(spec.commandLine(), "--subset must be FD001..FD004, was '" + subset + "'");
        }
        RulTraining.Kind kind = switch (model) {
            case "tree" -> RulTraining.Kind.TREE;
            case "dl4j" -> RulTraining.Kind.DL4J;
            default -> throw new ParameterException(spec.commandLine(), "--model must be tree or dl4j, was '" + model
                    + "'");
        };
        List<ConvRulTrainer> convs = new ArrayList<>();
        MixedEnsemble mixed = null;
        RulRecipe recipe;
        try {
            // "a+b": one member of each architecture per fold, all averaged
            for (String name : architecture.split("\\+", -1)) {
                ConvRulTrainer d = ConvRulTrainer.defaults(ConvArchitecture.fromCliName(name.strip()));
                convs.add(new ConvRulTrainer(d.filters(), epochs != null ? epochs : d.epochs(),
                        patience != null ? patience : d.patience(), batchSize != null ? batchSize : d.batchSize(),
                        learningRate != null ? learningRate : d.learningRate(), d.timeBudget(), members,
                        d.architecture(), lrPlateau, refit, snapshots));
            }
            if (convs.size() > 1) {
                mixed = new MixedEnsemble(convs, convs.get(0).timeBudget());
            }
            // the tree model reads the normalised sensors, never the sequence input: it records no trend
            recipe = new RulRecipe(window, rulCap, RulRecipe.DEFAULT.validationShare(), seed,
                    Scaling.fromLabel(scaling), kind == RulTraining.Kind.TREE ? 0
                            : trendSmoothing != null ? trendSmoothing : RulRecipe.DEFAULT_TREND_SMOOTHING);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path trainFile = train != null ? train : data.resolve("train_" + subset + ".txt");
        if (!Files.isReadable(trainFile)) {
            throw new ParameterException(spec.commandLine(), "training file not found: " + trainFile.toAbsolutePath()
                    + " (set --data to the cmapss folder or --train to the file)");
        }
        TreeRulTrainer treeTrainer = new TreeRulTrainer(trees, TreeRulTrainer.DEFAULT.eta(),
                TreeRulTrainer.DEFAULT.maxDepth(), TreeRulTrainer.DEFAULT.subsample());
        Path[] testFiles = RulTraining.siblingTestFiles(trainFile, subset);
        String id = Artifacts.newId("rul", subset, model, Instant.now());
        Path dir = out.resolve(id);
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), kind == RulTraining.Kind.TREE ? "features+boost"
                : "epochs");
        RulTraining.Run run = (mixed != null ? new RulTraining(recipe, treeTrainer, mixed)
                : new RulTraining(recipe, treeTrainer, convs.get(0))).run(kind, subset, trainFile,
                testFiles == null ? null : testFiles[0], testFiles == null ? null : testFiles[1], id, dir, bar);
        bar.finish();
        report(outWriter, run, trainFile);
        return 0;
    }

    private static void report(PrintWriter out, RulTraining.Run run, Path trainFile) {
        out.println("RUL model " + run.id());
        out.println("  trained on      " + trainFile);
        out.println("  training time   " + ProgressBar.format(run.trainingTime()) + " ("
                + Runtime.getRuntime().availableProcessors() + " cores)");
        run.details().forEach((k, v) -> out.println("  " + pad(k) + v));
        out.println("  validation      " + line(run.validation(), "windows") + "  (every window of held-out units; out-of-fold for an ensemble)");
        if (run.test() != null) {
            out.println("  test            " + line(run.test(), "units") + "  (last cycle of each test unit)");
        } else {
            out.println("  test            not measured: no test_/RUL_ file next to the training file");
        }
        out.println("  artifact        " + run.artifact().toAbsolutePath());
        out.flush();
    }

    private static String pad(String key) {
        // a key of 16 characters or more still gets one space before its value
        return String.format(Locale.ROOT, "%-16s", key + " ");
    }

    private static String line(RulMetrics m, String counted) {
        return String.format(Locale.ROOT, "RMSE %.2f  PHM08 score %.1f  over %d %s", m.rmse(), m.score(), m.units(),
                counted);
    }
}
