package com.kcspeedshop.training.rul;

import com.kcspeedshop.datasets.cmapss.EngineUnit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * A cross-validation ensemble whose every fold has one member of each of several architectures (say a CNN and a
 * features MLP), all averaged. Each architecture's {@link ConvRulTrainer#trainFolds} runs with the same seed and member
 * count, so they cut the same folds; the out-of-fold figure scores every window with the mean of the members, one per
 * architecture, that held its unit out. The artifact holds all networks ({@code model-1} … {@code model-2k}), which
 * {@code evaluate rul} and model-serving already average: nothing about the layout changes.
 *
 * <p>The architectures train one after another; each gets the time left of the whole budget divided by the
 * architectures still to train, so a fast one listed first leaves its unused time to the next.
 *
 * <p>With one member per architecture ({@code members} = 1) there are no folds: each architecture trains one network
 * on the recipe's validation split ({@link #train}), and the model averages those.
 *
 * @param kinds      one trainer per architecture, in training order; the same member count and no refit
 * @param timeBudget wall time for all of them
 */
public record MixedEnsemble(List<ConvRulTrainer> kinds, Duration timeBudget) {

    public MixedEnsemble {
        kinds = List.copyOf(kinds);
        if (kinds.size() < 2) {
            throw new IllegalArgumentException("a mixed ensemble needs at least 2 architectures, got " + kinds.size());
        }
        int members = kinds.get(0).members();
        for (ConvRulTrainer k : kinds) {
            if (k.members() != members) {
                throw new IllegalArgumentException("every architecture of a mixed ensemble needs the same member"
                        + " count (the folds must match), got " + kinds.stream().map(ConvRulTrainer::members)
                        .toList());
            }
            if (k.refit()) {
                throw new IllegalArgumentException("refit does not combine with a mixed ensemble");
            }
        }
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("time budget must be positive, was " + timeBudget);
        }
    }

    /** Folds per architecture. */
    public int members() {
        return kinds.get(0).members();
    }

    /** The command-line name: the architectures' names joined by '+'. */
    public String cliName() {
        return String.join("+", kinds.stream().map(k -> k.architecture().cliName()).toList());
    }

    /**
     * Result of a mixed fit.
     *
     * @param fit     the combined ensemble: every network, the out-of-fold figures of the average, every member's fit
     *                (architecture by architecture, in fold order)
     * @param perKind each architecture's own ensemble fit on the same folds, for comparison
     */
    public record MixedFit(ConvRulTrainer.EnsembleFit fit, List<ConvRulTrainer.EnsembleFit> perKind) {
    }

    /**
     * One network per architecture on {@code split}, each stopping early on its validation units, all averaged; the
     * fits in architecture order.
     */
    public List<ConvRulTrainer.Fit> train(UnitSplit split, RulPreprocessing prep, RulRecipe recipe,
            TrainingProgress progress) {
        long deadline = System.nanoTime() + timeBudget.toNanos();
        List<ConvRulTrainer.Fit> fits = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            fits.add(withShare(k, deadline).train(split, prep, recipe, progress));
        }
        return fits;
    }

    /** The networks of {@code fits} averaged as one model. */
    public static Dl4jRulModel average(List<ConvRulTrainer.Fit> fits, RulPreprocessing prep) {
        List<MultiLayerNetwork> all = new ArrayList<>();
        for (ConvRulTrainer.Fit f : fits) {
            all.addAll(networks((Dl4jRulModel) f.model()));
        }
        return new Dl4jRulModel(all, prep);
    }

    /** The {@code members}-fold mixed ensemble on all of {@code units}; needs {@code members} &gt;= 2. */
    public MixedFit trainFolds(List<EngineUnit> units, RulPreprocessing prep, RulRecipe recipe,
            TrainingProgress progress) {
        long deadline = System.nanoTime() + timeBudget.toNanos();
        List<ConvRulTrainer.EnsembleFit> perKind = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            perKind.add(withShare(k, deadline).trainFolds(units, prep, recipe, progress));
        }
        List<UnitSplit> folds = perKind.get(0).folds();
        for (ConvRulTrainer.EnsembleFit f : perKind) {
            if (!heldOutUnits(f.folds()).equals(heldOutUnits(folds))) {
                // the out-of-fold average below pairs members by fold index: it is only out-of-fold if folds match
                throw new IllegalStateException("the architectures of a mixed ensemble cut different folds");
            }
        }
        List<ConvRulTrainer.Fit> fits = new ArrayList<>();
        for (ConvRulTrainer.EnsembleFit f : perKind) {
            fits.addAll(f.members());
        }
        List<RulMetrics> outOfFold = new ArrayList<>();
        List<RulMetrics> outOfFoldUncapped = new ArrayList<>();
        for (int i = 0; i < folds.size(); i++) {
            // the members that held fold i out, one per architecture (with their snapshots, if any)
            List<MultiLayerNetwork> heldOut = new ArrayList<>();
            for (ConvRulTrainer.EnsembleFit f : perKind) {
                heldOut.addAll(networks((Dl4jRulModel) f.members().get(i).model()));
            }
            Dl4jRulModel foldModel = new Dl4jRulModel(heldOut, prep);
            outOfFold.add(RulEvaluation.onEveryWindow(foldModel, folds.get(i).validation()));
            outOfFoldUncapped.add(RulEvaluation.onEveryWindowUncapped(foldModel, folds.get(i).validation(),
                    ConvRulTrainer.UNCAPPED_MAX_RUL));
        }
        ConvRulTrainer.EnsembleFit combined = new ConvRulTrainer.EnsembleFit(average(fits, prep), fits,
                RulMetrics.pooled(outOfFold), RulMetrics.pooled(outOfFoldUncapped), folds,
                Collections.nCopies(fits.size(), 0));
        return new MixedFit(combined, perKind);
    }

    public Map<String, Object> hyperparameters() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("architectureName", cliName());
        h.put("ensemble", members() == 1 ? "one network per architecture on the validation split, averaged"
                : members() + "-fold by unit; each fold has one member per architecture; all averaged");
        h.put("timeBudgetSeconds", timeBudget.toSeconds());
        List<Map<String, Object>> each = new ArrayList<>();
        for (ConvRulTrainer k : kinds) {
            each.add(k.hyperparameters());
        }
        h.put("architectures", each);
        return h;
    }

    /** Architecture {@code k}'s trainer with the time left before {@code deadline}, shared with those still to come. */
    private ConvRulTrainer withShare(int k, long deadline) {
        long share = Math.max(1, (deadline - System.nanoTime()) / (kinds.size() - k));
        return kinds.get(k).withTimeBudget(Duration.ofNanos(share));
    }

    /** Per fold, the numbers of the units it holds out. */
    private static List<List<Integer>> heldOutUnits(List<UnitSplit> folds) {
        return folds.stream().map(f -> f.validation().stream().map(EngineUnit::unit).toList()).toList();
    }

    private static List<MultiLayerNetwork> networks(Dl4jRulModel model) {
        List<MultiLayerNetwork> nets = new ArrayList<>();
        for (int j = 0; j < model.members(); j++) {
            nets.add(model.network(j));
        }
        return nets;
    }
}
