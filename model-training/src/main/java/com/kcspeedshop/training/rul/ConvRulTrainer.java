package com.kcspeedshop.training.rul;

import com.kcspeedshop.datasets.cmapss.EngineUnit;
import com.kcspeedshop.training.artifact.Threads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * A CNN over the window ({@link ConvArchitecture}: the compact 1-D CNN by default, or Li, Ding and Sun 2018's deeper
 * per-sensor stack), trained with Adam on MSE of capped RUL / cap.
 * Early stopping watches RMSE on the validation units (split by unit) and keeps the best epoch's weights.
 *
 * <p>With {@code members} &gt; 1 the model is a cross-validation ensemble: the training units are cut into
 * {@code members} folds by unit ({@link UnitSplit#folds}), member i trains on the other folds with seed + i and stops
 * early on fold i, and the model averages the members. So the ensemble has seen every training unit, and every unit
 * still has a member that never saw it: the validation figure is out-of-fold (each held-out window predicted by the one
 * member that did not train on it). Averaging networks that differ in data and initialisation cancels part of their
 * variance (see the README's measured figures for what it gained on C-MAPSS).
 * Members train concurrently, one per free core ({@link #workers()}).
 *
 * @param filters      maps per convolution (LSTM: units; features MLP: units of its first dense layer)
 * @param epochs       upper bound on epochs per member
 * @param patience     epochs without a better validation RMSE before stopping
 * @param batchSize    windows per minibatch (Li et al.: 512)
 * @param learningRate Adam step size (Li et al.: 0.001)
 * @param timeBudget   wall time for the whole training; each member gets its share and keeps its best epoch so far
 * @param members      1 = one network on the recipe's validation split; k &gt; 1 = k-fold ensemble
 * @param architecture the layer stack of each network
 * @param lrPlateau    0 = a constant learning rate; n &gt; 0 = halve it whenever n epochs pass without a better
 *                     validation RMSE (Keras' ReduceLROnPlateau with factor 0.5), so the late epochs take smaller steps
 *                     around the best weights; set {@code patience} above n or it never acts
 * @param refit        ensemble only: after the cross-validation, train each member again on all units for the number of
 *                     epochs its fold picked (its best epoch), and keep those networks; the cross-validation members
 *                     saw 80 % of the units. The out-of-fold figure is still the cross-validation members' (a refit
 *                     member has seen every unit, so nothing held out is left to score it on)
 * @param snapshots    1 = each member keeps its best epoch's weights; k &gt; 1 = each member keeps the weights of its k
 *                     best epochs (by validation RMSE) as k networks whose outputs are averaged with the others': a
 *                     checkpoint ensemble (Chen, Lundberg and Lee 2017, "Checkpoint ensembles: ensemble methods from a
 *                     single training process"), more networks to average for no extra training time. Not with refit
 */
public record ConvRulTrainer(int filters, int epochs, int patience, int batchSize, double learningRate,
        Duration timeBudget, int members, ConvArchitecture architecture, int lrPlateau, boolean refit,
        int snapshots) {

    public static final ConvRulTrainer DEFAULT = new ConvRulTrainer(16, 120, 10, 64, 1e-3, Duration.ofMinutes(18), 5);
    /**
     * Li, Ding and Sun 2018's settings: 10 maps per convolution, batch 512, Adam 0.001, up to 250 epochs (they train a
     * fixed 250 with a step decay; here early stopping with a patience of 20 epochs, twice the compact net's, since a
     * batch of 512 makes 8× fewer updates per epoch), in the same 5-fold ensemble and budget.
     */
    public static final ConvRulTrainer LI2018 = new ConvRulTrainer(10, 250, 20, 512, 1e-3, Duration.ofMinutes(18), 5,
            ConvArchitecture.LI2018);
    /**
     * The LSTM member ({@link ConvArchitecture#LSTM}): 32 units, otherwise the compact CNN's batch, step, patience,
     * folds and budget, so the two compare on the layer stack alone.
     */
    public static final ConvRulTrainer LSTM = new ConvRulTrainer(32, 120, 10, 64, 1e-3, Duration.ofMinutes(18), 5,
            ConvArchitecture.LSTM);
    /** The CNN+LSTM member ({@link ConvArchitecture#CNN_LSTM}): 16 maps, otherwise as {@link #LSTM}. */
    public static final ConvRulTrainer CNN_LSTM = new ConvRulTrainer(16, 120, 10, 64, 1e-3, Duration.ofMinutes(18), 5,
            ConvArchitecture.CNN_LSTM);
    /**
     * The features MLP ({@link ConvArchitecture#FEATURES_MLP}): a first dense layer of 64 and a patience of 20 epochs,
     * otherwise the compact CNN's batch, step, folds and budget. Its validation RMSE jumps between epochs (an epoch
     * takes about 1 s), so a patience of 10 stopped members before their best; 20 gave a better out-of-fold figure on
     * FD001 (see the README's fifth round).
     */
    public static final ConvRulTrainer FEATURES_MLP = new ConvRulTrainer(64, 120, 20, 64, 1e-3,
            Duration.ofMinutes(18), 5, ConvArchitecture.FEATURES_MLP);
    /** The wide compact CNN ({@link ConvArchitecture#COMPACT_WIDE}): 32 maps, otherwise as {@link #DEFAULT}. */
    public static final ConvRulTrainer COMPACT_WIDE = new ConvRulTrainer(32, 120, 10, 64, 1e-3,
            Duration.ofMinutes(18), 5, ConvArchitecture.COMPACT_WIDE);
    /** Factor applied to the learning rate at each plateau ({@code lrPlateau}). */
    static final double PLATEAU_FACTOR = 0.5;
    static final int MAX_MEMBERS = 20;
    static final int MAX_SNAPSHOTS = 5;
    /** See {@link RulEvaluation#onEveryWindowUncapped}. */
    public static final int UNCAPPED_MAX_RUL = 150;

    public ConvRulTrainer {
        if (filters < 1 || epochs < 1 || patience < 1 || batchSize < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("bad CNN hyperparameters: filters " + filters + ", epochs " + epochs
                    + ", patience " + patience + ", batch " + batchSize + ", lr " + learningRate);
        }
        if (members < 1 || members > MAX_MEMBERS) {
            throw new IllegalArgumentException("members must be 1.." + MAX_MEMBERS + ", was " + members);
        }
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("time budget must be positive, was " + timeBudget);
        }
        java.util.Objects.requireNonNull(architecture, "architecture");
        if (snapshots < 1 || snapshots > MAX_SNAPSHOTS) {
            throw new IllegalArgumentException("snapshots must be 1.." + MAX_SNAPSHOTS + ", was " + snapshots);
        }
        if (refit && snapshots > 1) {
            throw new IllegalArgumentException("refit and snapshots > 1 do not combine: a refit member has no"
                    + " validation units to rank its epochs by");
        }
        if (lrPlateau < 0) {
            throw new IllegalArgumentException("lrPlateau must be >= 0 (0 = off), was " + lrPlateau);
        }
    }

    /** One snapshot (the best epoch) per member. */
    public ConvRulTrainer(int filters, int epochs, int patience, int batchSize, double learningRate,
            Duration timeBudget, int members, ConvArchitecture architecture, int lrPlateau, boolean refit) {
        this(filters, epochs, patience, batchSize, learningRate, timeBudget, members, architecture, lrPlateau, refit,
                1);
    }

    /** No refit: the cross-validation members are the model. */
    public ConvRulTrainer(int filters, int epochs, int patience, int batchSize, double learningRate,
            Duration timeBudget, int members, ConvArchitecture architecture, int lrPlateau) {
        this(filters, epochs, patience, batchSize, learningRate, timeBudget, members, architecture, lrPlateau, false);
    }

    /** A constant learning rate. */
    public ConvRulTrainer(int filters, int epochs, int patience, int batchSize, double learningRate,
            Duration timeBudget, int members, ConvArchitecture architecture) {
        this(filters, epochs, patience, batchSize, learningRate, timeBudget, members, architecture, 0);
    }

    /** The compact CNN, {@code members} networks. */
    public ConvRulTrainer(int filters, int epochs, int patience, int batchSize, double learningRate,
            Duration timeBudget, int members) {
        this(filters, epochs, patience, batchSize, learningRate, timeBudget, members, ConvArchitecture.COMPACT);
    }

    /** The preset for {@code architecture}: {@link #DEFAULT} or {@link #LI2018}. */
    public static ConvRulTrainer defaults(ConvArchitecture architecture) {
        return switch (architecture) {
            case COMPACT -> DEFAULT;
            case LI2018 -> LI2018;
            case LSTM -> LSTM;
            case CNN_LSTM -> CNN_LSTM;
            case FEATURES_MLP -> FEATURES_MLP;
            case COMPACT_WIDE -> COMPACT_WIDE;
        };
    }

    /** One network, no ensemble. */
    public ConvRulTrainer(int filters, int epochs, int patience, int batchSize, double learningRate,
            Duration timeBudget) {
        this(filters, epochs, patience, batchSize, learningRate, timeBudget, 1);
    }

    public ConvRulTrainer withMembers(int newMembers) {
        return new ConvRulTrainer(filters, epochs, patience, batchSize, learningRate, timeBudget, newMembers,
                architecture, lrPlateau, refit, snapshots);
    }

    public ConvRulTrainer withRefit(boolean newRefit) {
        return new ConvRulTrainer(filters, epochs, patience, batchSize, learningRate, timeBudget, members,
                architecture, lrPlateau, newRefit, snapshots);
    }

    public ConvRulTrainer withTimeBudget(Duration newTimeBudget) {
        return new ConvRulTrainer(filters, epochs, patience, batchSize, learningRate, newTimeBudget, members,
                architecture, lrPlateau, refit, snapshots);
    }

    public ConvRulTrainer withSnapshots(int newSnapshots) {
        return new ConvRulTrainer(filters, epochs, patience, batchSize, learningRate, timeBudget, members,
                architecture, lrPlateau, refit, newSnapshots);
    }

    public Map<String, Object> hyperparameters() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("architectureName", architecture.cliName());
        h.put("architecture", architecture.describe(filters));
        h.put("inputs", "kept sensors + cycle/" + (int) SequenceWindows.CYCLE_SCALE + " per window row, causally smoothed"
                + " (weight " + SequenceWindows.SMOOTHING + " on the newest cycle); with features.trendSmoothing > 0"
                + " each sensor again after that slower smoothing");
        h.put("ensemble", members == 1 ? "none" : members + "-fold by unit, members averaged, member i seed + i"
                + (refit ? "; each member then refit on all units for its fold's best epoch count" : ""));
        h.put("members", members);
        h.put("snapshotsPerMember", snapshots);
        h.put("maxEpochs", epochs);
        h.put("patience", patience);
        h.put("batchSize", batchSize);
        h.put("learningRate", learningRate);
        h.put("learningRateSchedule", lrPlateau == 0 ? "constant" : "halved after " + lrPlateau
                + " epochs without a better validation RMSE");
        h.put("optimizer", "Adam");
        h.put("loss", "MSE on RUL/cap");
        h.put("timeBudgetSeconds", timeBudget.toSeconds());
        return h;
    }

    /** Result of a fit: the model and the epoch whose weights it keeps. */
    public record Fit(RulModel model, int bestEpoch, int epochsRun, double validationRmse) {
    }

    /**
     * Result of an ensemble fit.
     *
     * @param model      the averaged members
     * @param members    each member's fit, in fold order
     * @param outOfFold  every window of every training unit, predicted by the member that held its unit out
     * @param outOfFoldUncapped the same for windows with true RUL &lt;= {@link #UNCAPPED_MAX_RUL}, uncapped truth
     * @param folds      the splits, in member order
     * @param refitEpochs per member, the epochs its refit on all units ran (0 = not refit: the cross-validation member
     *                    is kept, because refit was off or the budget ran out before the refit finished)
     */
    public record EnsembleFit(RulModel model, List<Fit> members, RulMetrics outOfFold, RulMetrics outOfFoldUncapped,
            List<UnitSplit> folds, List<Integer> refitEpochs) {
    }

    /** Concurrent members: one per core left after each member's native threads, never more than the members. */
    public int workers() {
        int free = Runtime.getRuntime().availableProcessors() / Math.max(1, Threads.nativeThreads());
        return Math.max(1, Math.min(members, free));
    }

    /** One network on {@code split}, stopping early on its validation units. */
    public Fit train(UnitSplit split, RulPreprocessing prep, RulRecipe recipe, TrainingProgress progress) {
        return fitOne(split, prep, recipe.seed(), System.nanoTime() + timeBudget.toNanos(), progress);
    }

    /**
     * The {@code members}-fold ensemble on all of {@code units}; {@code prep} should be fitted on all of them (it
     * uses no labels).
     */
    public EnsembleFit trainFolds(List<EngineUnit> units, RulPreprocessing prep, RulRecipe recipe,
            TrainingProgress progress) {
        if (members < 2) {
            throw new IllegalStateException("an ensemble needs members >= 2, this trainer has " + members);
        }
        List<UnitSplit> folds = UnitSplit.folds(units, members, recipe.seed());
        int workers = workers();
        // each member gets the share of the budget its round of workers may use, so the rounds fit in the budget
        long memberBudget = timeBudget.toNanos() / ((members + workers - 1) / workers);
        long overallDeadline = System.nanoTime() + timeBudget.toNanos();
        AtomicInteger epochsDone = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "rul-ensemble-member");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Fit>> futures = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                int member = i;
                TrainingProgress memberProgress = (done, total, note) -> {
                    synchronized (progress) {
                        progress.update(epochsDone.incrementAndGet(), members * epochs, "member " + (member + 1)
                                + ": " + note);
                    }
                };
                // a member that starts late (after a slow one) still ends by the overall budget
                futures.add(pool.submit(() -> fitOne(folds.get(member), prep, recipe.seed() + member,
                        Math.min(System.nanoTime() + memberBudget, overallDeadline), memberProgress)));
            }
            List<Fit> fits = new ArrayList<>();
            List<List<MultiLayerNetwork>> nets = new ArrayList<>();
            List<RulMetrics> outOfFold = new ArrayList<>();
            List<RulMetrics> outOfFoldUncapped = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                Fit fit = futures.get(i).get();
                fits.add(fit);
                Dl4jRulModel memberModel = (Dl4jRulModel) fit.model();
                List<MultiLayerNetwork> snapshotsOfMember = new ArrayList<>();
                for (int j = 0; j < memberModel.members(); j++) {
                    snapshotsOfMember.add(memberModel.network(j));
                }
                nets.add(snapshotsOfMember);
                outOfFold.add(RulEvaluation.onEveryWindow(fit.model(), folds.get(i).validation()));
                outOfFoldUncapped.add(RulEvaluation.onEveryWindowUncapped(fit.model(), folds.get(i).validation(),
                        UNCAPPED_MAX_RUL));
            }
            List<Integer> refitEpochs = new ArrayList<>(java.util.Collections.nCopies(members, 0));
            if (refit) {
                List<Future<MultiLayerNetwork>> refits = new ArrayList<>();
                for (int i = 0; i < members; i++) {
                    int member = i;
                    refits.add(pool.submit(() -> refitOne(units, prep, recipe.seed() + member,
                            Math.max(1, fits.get(member).bestEpoch()), overallDeadline)));
                }
                for (int i = 0; i < members; i++) {
                    MultiLayerNetwork refitted = refits.get(i).get();
                    if (refitted != null) {
                        nets.set(i, List.of(refitted));
                        refitEpochs.set(i, Math.max(1, fits.get(i).bestEpoch()));
                    }
                }
            }
            // each member contributes its kept snapshots, as many for every member unless one ran fewer epochs than
            // that, so the plain mean over the networks weighs the members (nearly) equally
            List<MultiLayerNetwork> all = nets.stream().flatMap(List::stream).toList();
            return new EnsembleFit(new Dl4jRulModel(all, prep), fits, RulMetrics.pooled(outOfFold),
                    RulMetrics.pooled(outOfFoldUncapped), folds, List.copyOf(refitEpochs));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ensemble training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an ensemble member failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Fit fitOne(UnitSplit split, RulPreprocessing prep, long seed, long deadline, TrainingProgress progress) {
        // ND4J's random generator is per thread: seed it here so dropout draws the same numbers whichever pool thread
        // runs this member, and after whichever member ran on it before
        Nd4j.getRandom().setSeed(seed);
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(prep, seed));
        net.init();
        DataSet train = SequenceWindows.all(split.train(), prep);
        DataSet validation = SequenceWindows.all(split.validation(), prep);
        double best = Double.MAX_VALUE;
        // the {@code snapshots} epochs with the lowest validation RMSE so far, best first: the first is the best epoch
        List<Snapshot> kept = new ArrayList<>();
        int bestEpoch = 0;
        int epoch = 0;
        Plateau schedule = new Plateau(learningRate, lrPlateau);
        while (epoch < epochs && epoch - bestEpoch < patience && System.nanoTime() < deadline) {
            if (schedule.cutBefore(epoch + 1)) {
                net.setLearningRate(schedule.rate());
            }
            epoch++;
            train.shuffle(seed + epoch);
            for (DataSet batch : train.batchBy(batchSize)) {
                net.fit(batch);
            }
            double rmse = rmse(net, validation, prep.rulCap());
            if (kept.size() < snapshots || rmse < kept.get(kept.size() - 1).rmse()) {
                kept.add(new Snapshot(rmse, net.params().dup()));
                kept.sort(java.util.Comparator.comparingDouble(Snapshot::rmse));
                if (kept.size() > snapshots) {
                    kept.remove(kept.size() - 1);
                }
            }
            if (rmse < best) {
                best = rmse;
                bestEpoch = epoch;
                schedule.improvedAt(epoch);
            }
            progress.update(epoch, epochs, String.format(Locale.ROOT, "val RMSE %.2f (best %.2f @%d)", rmse, best,
                    bestEpoch));
        }
        List<MultiLayerNetwork> nets = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            MultiLayerNetwork snapshot = i == 0 ? net : net.clone();
            snapshot.setParams(kept.get(i).params());
            nets.add(snapshot);
        }
        if (nets.isEmpty()) {
            // the deadline came before the first epoch: the initial weights, as before snapshots existed
            nets.add(net);
        }
        return new Fit(new Dl4jRulModel(nets, prep), bestEpoch, epoch, best);
    }

    private record Snapshot(double rmse, INDArray params) {
    }

    /**
     * A fresh network on all {@code units} for exactly {@code epochs} epochs (the count a fold's early stopping
     * picked), same seed and schedule as its cross-validation member; null when the deadline comes first, so the caller
     * keeps the cross-validation member rather than a half-trained one. The plateau schedule is not replayed: with no
     * validation units there is no plateau to detect.
     */
    private MultiLayerNetwork refitOne(List<EngineUnit> units, RulPreprocessing prep, long seed, int epochs,
            long deadline) {
        Nd4j.getRandom().setSeed(seed);
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(prep, seed));
        net.init();
        DataSet train = SequenceWindows.all(units, prep);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            if (System.nanoTime() >= deadline) {
                return null;
            }
            train.shuffle(seed + epoch);
            for (DataSet batch : train.batchBy(batchSize)) {
                net.fit(batch);
            }
        }
        return net;
    }

    /**
     * Keras' ReduceLROnPlateau with factor {@value #PLATEAU_FACTOR} and no cooldown: the rate is cut before an epoch
     * once {@code plateau} epochs have passed since the last better validation RMSE or the last cut. 0 = never.
     */
    static final class Plateau {
        private final int plateau;
        private double rate;
        private int lastImprovementOrCut;

        Plateau(double rate, int plateau) {
            this.rate = rate;
            this.plateau = plateau;
        }

        /** Before 1-based {@code epoch}: whether the rate is cut now (then {@link #rate()} is the new one). */
        boolean cutBefore(int epoch) {
            if (plateau > 0 && epoch - 1 - lastImprovementOrCut >= plateau) {
                rate *= PLATEAU_FACTOR;
                lastImprovementOrCut = epoch - 1;
                return true;
            }
            return false;
        }

        void improvedAt(int epoch) {
            lastImprovementOrCut = epoch;
        }

        double rate() {
            return rate;
        }
    }

    private MultiLayerConfiguration configuration(RulPreprocessing prep, long seed) {
        return architecture.configuration(new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER)
                .updater(new Adam(learningRate)), filters, prep.window(), SequenceWindows.channels(prep));
    }

    private static double rmse(MultiLayerNetwork net, DataSet data, int cap) {
        INDArray predicted = net.output(data.getFeatures(), false);
        INDArray diff = predicted.sub(data.getLabels()).muli(cap);
        return Math.sqrt(diff.mul(diff).meanNumber().doubleValue());
    }
}
