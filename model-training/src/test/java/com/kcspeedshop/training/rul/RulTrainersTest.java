package com.kcspeedshop.training.rul;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.datasets.cmapss.EngineUnit;
import com.kcspeedshop.training.testdata.SyntheticCmapss;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tiny models on synthetic data whose RUL is readable from s2: they must beat the mean, and survive a save/load. */
class RulTrainersTest {

    private static final RulRecipe RECIPE = new RulRecipe(10, SyntheticCmapss.CAP, 0.2, 11);

    /** One network per architecture on a split: the members of a one-member mixed ensemble. */
    private static final ConvRulTrainer ONE_MLP = new ConvRulTrainer(16, 12, 4, 64, 3e-3, Duration.ofMinutes(1), 1,
            ConvArchitecture.FEATURES_MLP);
    private static final ConvRulTrainer ONE_CNN = new ConvRulTrainer(4, 12, 4, 64, 3e-3, Duration.ofMinutes(1), 1);

    private final List<EngineUnit> units = SyntheticCmapss.units(20, 5, 1);
    private final int[] truth = new int[12];
    private final List<EngineUnit> test = SyntheticCmapss.truncate(SyntheticCmapss.units(12, 99, 1), 98, truth);

    @Test
    void treeShouldReadRulOffTheWearingSensorAndPredictTheSameAfterReload(@TempDir Path dir) throws Exception {
        UnitSplit split = UnitSplit.of(units, RECIPE.validationShare(), RECIPE.seed());
        RulPreprocessing prep = RulPreprocessing.fit(split.train(), RECIPE);
        RulModel model = new TreeRulTrainer(40, 0.3, 3, 1.0).train(split.train(), prep, RECIPE,
                TrainingProgress.NONE);

        double[] predicted = model.predictLast(test);
        double[] capped = Arrays.stream(truth).mapToDouble(t -> Math.min(t, SyntheticCmapss.CAP)).toArray();
        assertThat(RulMetrics.of(predicted, capped).rmse()).isLessThan(3.0).isLessThan(baselineRmse(capped) / 3);

        model.save(dir);
        assertThat(RulModels.load(dir).predictLast(test)).containsExactly(predicted);
    }

    @Test
    void cnnShouldLearnAndStopEarlyAndPredictTheSameAfterReload(@TempDir Path dir) throws Exception {
        UnitSplit split = UnitSplit.of(units, RECIPE.validationShare(), RECIPE.seed());
        RulPreprocessing prep = RulPreprocessing.fit(split.train(), RECIPE);
        ConvRulTrainer trainer = new ConvRulTrainer(4, 12, 4, 64, 3e-3, Duration.ofMinutes(1));
        ConvRulTrainer.Fit fit = trainer.train(split, prep, RECIPE, TrainingProgress.NONE);

        double[] predicted = fit.model().predictLast(test);
        double[] capped = Arrays.stream(truth).mapToDouble(t -> Math.min(t, SyntheticCmapss.CAP)).toArray();
        assertThat(RulMetrics.of(predicted, capped).rmse()).isLessThan(baselineRmse(capped) / 2);
        assertThat(fit.bestEpoch()).isBetween(1, fit.epochsRun());

        fit.model().save(dir);
        assertThat(RulModels.load(dir).predictLast(test)).containsExactly(predicted);
    }

    @Test
    void li2018StackShouldLearnAndPredictTheSameAfterReload(@TempDir Path dir) throws Exception {
        ConvRulTrainer trainer = new ConvRulTrainer(4, 12, 4, 64, 3e-3, Duration.ofMinutes(1), 1,
                ConvArchitecture.LI2018);
        ConvRulTrainer.Fit fit = fitLearnsAndReloads(trainer, dir);

        // five convolutions, the dense layer and the output: the paper's stack, not the compact net's four layers
        assertThat(((Dl4jRulModel) fit.model()).network(0).getnLayers()).isEqualTo(7);
        assertThat(trainer.hyperparameters()).containsEntry("architectureName", "li2018");
    }

    @Test
    void lstmShouldLearnAndPredictTheSameAfterReload(@TempDir Path dir) throws Exception {
        ConvRulTrainer trainer = new ConvRulTrainer(8, 12, 4, 64, 3e-3, Duration.ofMinutes(1), 1,
                ConvArchitecture.LSTM);
        ConvRulTrainer.Fit fit = fitLearnsAndReloads(trainer, dir);

        assertThat(((Dl4jRulModel) fit.model()).network(0).getLayerWiseConfigurations().getInputPreProcess(0))
                .isInstanceOf(WindowToSequence.class);
        assertThat(trainer.hyperparameters()).containsEntry("architectureName", "lstm");
    }

    @Test
    void cnnLstmShouldLearnAndPredictTheSameAfterReload(@TempDir Path dir) throws Exception {
        ConvRulTrainer.Fit fit = fitLearnsAndReloads(new ConvRulTrainer(4, 12, 4, 64, 3e-3, Duration.ofMinutes(1), 1,
                ConvArchitecture.CNN_LSTM), dir);

        assertThat(((Dl4jRulModel) fit.model()).network(0).getLayerWiseConfigurations().getInputPreProcess(1))
                .isInstanceOf(MapsToSequence.class);
    }

    @Test
    void wideCompactCnnShouldLearnAndPredictTheSameAfterReload(@TempDir Path dir) throws Exception {
        ConvRulTrainer trainer = new ConvRulTrainer(6, 12, 4, 64, 3e-3, Duration.ofMinutes(1), 1,
                ConvArchitecture.COMPACT_WIDE);
        ConvRulTrainer.Fit fit = fitLearnsAndReloads(trainer, dir);

        // the compact net's layers, with the wider dense layer
        org.deeplearning4j.nn.multilayer.MultiLayerNetwork net = ((Dl4jRulModel) fit.model()).network(0);
        assertThat(net.getnLayers()).isEqualTo(4);
        assertThat(net.getLayer(2).getParam("W").columns()).isEqualTo(ConvArchitecture.WIDE_DENSE);
        assertThat(ConvRulTrainer.defaults(ConvArchitecture.fromCliName("compact-wide")).filters()).isEqualTo(32);
    }

    @Test
    void featuresMlpShouldLearnUpdateEveryLayerAndPredictTheSameAfterReload(@TempDir Path dir) throws Exception {
        ConvRulTrainer trainer = new ConvRulTrainer(16, 12, 4, 64, 3e-3, Duration.ofMinutes(1), 1,
                ConvArchitecture.FEATURES_MLP);
        ConvRulTrainer.Fit fit = fitLearnsAndReloads(trainer, dir);

        org.deeplearning4j.nn.multilayer.MultiLayerNetwork trained = ((Dl4jRulModel) fit.model()).network(0);
        assertThat(trained.getLayerWiseConfigurations().getInputPreProcess(0)).isInstanceOf(WindowStatistics.class);
        // the preprocessor hands zeros back to the input; the layers above it must still have been trained
        org.deeplearning4j.nn.multilayer.MultiLayerNetwork fresh = new org.deeplearning4j.nn.multilayer
                .MultiLayerNetwork(trained.getLayerWiseConfigurations().clone());
        fresh.init();
        for (int layer = 0; layer < trained.getnLayers(); layer++) {
            assertThat(trained.getLayer(layer).params()).as("layer %d", layer)
                    .isNotEqualTo(fresh.getLayer(layer).params());
        }
        assertThat(trainer.hyperparameters()).containsEntry("architectureName", "features-mlp");
    }

    @Test
    void learningRateShouldHalveOnlyAfterPlateauEpochsWithoutImprovementOrSinceTheLastCut() {
        ConvRulTrainer.Plateau schedule = new ConvRulTrainer.Plateau(1e-3, 4);
        List<Integer> cuts = new java.util.ArrayList<>();
        for (int epoch = 1; epoch <= 16; epoch++) {
            if (schedule.cutBefore(epoch)) {
                cuts.add(epoch);
            }
            if (epoch <= 3 || epoch == 9) {
                schedule.improvedAt(epoch);
            }
        }
        // better at 1-3: epochs 4-7 without, cut before 8; again 4 later before 12, but 9 improved: 10-13, cut before 14
        assertThat(cuts).containsExactly(8, 14);
        assertThat(schedule.rate()).isEqualTo(1e-3 / 4);
        ConvRulTrainer.Plateau off = new ConvRulTrainer.Plateau(1e-3, 0);
        for (int epoch = 1; epoch <= 30; epoch++) {
            assertThat(off.cutBefore(epoch)).isFalse();
        }
        ConvRulTrainer trainer = new ConvRulTrainer(4, 12, 4, 64, 3e-3, Duration.ofMinutes(1), 1,
                ConvArchitecture.COMPACT, 4);
        assertThat(trainer.hyperparameters().get("learningRateSchedule").toString()).contains("halved after 4");
        assertThatThrownBy(() -> new ConvRulTrainer(4, 12, 4, 64, 3e-3, Duration.ofMinutes(1), 1,
                ConvArchitecture.COMPACT, -1)).hasMessageContaining("lrPlateau");
    }

    @Test
    void architectureShouldBeChosenByItsCommandLineNameOrFailWithTheNames() {
        assertThat(ConvArchitecture.fromCliName("LI2018")).isEqualTo(ConvArchitecture.LI2018);
        assertThat(ConvRulTrainer.defaults(ConvArchitecture.LI2018).batchSize()).isEqualTo(512);
        assertThat(ConvRulTrainer.defaults(ConvArchitecture.COMPACT)).isEqualTo(ConvRulTrainer.DEFAULT);
        assertThat(ConvRulTrainer.defaults(ConvArchitecture.fromCliName("lstm")).architecture())
                .isEqualTo(ConvArchitecture.LSTM);
        assertThatThrownBy(() -> ConvArchitecture.fromCliName("gru"))
                .hasMessageContaining("[compact, compact-wide, li2018, lstm, cnn-lstm, features-mlp]");
    }

    @Test
    void ensembleShouldHoldEachUnitOutOnceAverageItsMembersAndReloadFromMemberFiles(@TempDir Path dir)
            throws Exception {
        RulPreprocessing prep = RulPreprocessing.fit(units, RECIPE);
        ConvRulTrainer trainer = new ConvRulTrainer(4, 12, 4, 64, 3e-3, Duration.ofMinutes(1), 3);
        ConvRulTrainer.EnsembleFit fit = trainer.trainFolds(units, prep, RECIPE, TrainingProgress.NONE);

        assertThat(fit.members()).hasSize(3);
        int windows = units.stream().mapToInt(u -> u.length() - RECIPE.window() + 1).sum();
        assertThat(fit.outOfFold().units()).as("every window of every unit, out of fold").isEqualTo(windows);
        double[] predicted = fit.model().predictLast(test);
        double[] mean = new double[test.size()];
        for (ConvRulTrainer.Fit member : fit.members()) {
            // the raw outputs (RUL / cap), not the members' predictions, which are clipped at 0 one by one
            var out = ((Dl4jRulModel) member.model()).network(0).output(SequenceWindows.last(test, prep), false);
            for (int i = 0; i < mean.length; i++) {
                mean[i] += out.getDouble(i, 0) * SyntheticCmapss.CAP / fit.members().size();
            }
        }
        assertThat(predicted).containsExactly(Arrays.stream(mean).map(m -> Math.max(0, m)).toArray(),
                org.assertj.core.data.Offset.offset(1e-9));
        double[] capped = Arrays.stream(truth).mapToDouble(t -> Math.min(t, SyntheticCmapss.CAP)).toArray();
        assertThat(RulMetrics.of(predicted, capped).rmse()).isLessThan(baselineRmse(capped) / 2);

        fit.model().save(dir);
        assertThat(dir.resolve("model-1.dl4j.zip")).exists();
        assertThat(dir.resolve("model-3.dl4j.zip")).exists();
        assertThat(dir.resolve("model.dl4j.zip")).doesNotExist();
        assertThat(RulModels.load(dir).predictLast(test)).containsExactly(predicted);
    }

    @Test
    void mixedEnsembleShouldTrainOneMemberPerArchitectureOnTheSameFoldsAndAverageThemAll(@TempDir Path dir)
            throws Exception {
        RulPreprocessing prep = RulPreprocessing.fit(units, RECIPE);
        ConvRulTrainer mlp = new ConvRulTrainer(16, 12, 4, 64, 3e-3, Duration.ofMinutes(1), 2,
                ConvArchitecture.FEATURES_MLP);
        ConvRulTrainer cnn = new ConvRulTrainer(4, 12, 4, 64, 3e-3, Duration.ofMinutes(1), 2);
        MixedEnsemble mixed = new MixedEnsemble(List.of(mlp, cnn), Duration.ofMinutes(2));

        MixedEnsemble.MixedFit fit = mixed.trainFolds(units, prep, RECIPE, TrainingProgress.NONE);

        assertThat(mixed.cliName()).isEqualTo("features-mlp+compact");
        // the same seed and member count: both architectures held out the same units in each fold
        assertThat(fit.perKind().get(1).folds()).isEqualTo(fit.perKind().get(0).folds());
        // each architecture's members are what it trains alone (the budget split changed nothing here)
        assertThat(fit.perKind().get(0).model().predictLast(test))
                .containsExactly(mlp.trainFolds(units, prep, RECIPE, TrainingProgress.NONE).model().predictLast(test));
        Dl4jRulModel model = (Dl4jRulModel) fit.fit().model();
        assertThat(model.members()).isEqualTo(4);
        assertThat(fit.fit().members()).hasSize(4);
        int windows = units.stream().mapToInt(u -> u.length() - RECIPE.window() + 1).sum();
        assertThat(fit.fit().outOfFold().units()).isEqualTo(windows);
        // the prediction is the plain mean of all four networks' raw outputs
        double[] mean = new double[test.size()];
        for (ConvRulTrainer.Fit member : fit.fit().members()) {
            var out = ((Dl4jRulModel) member.model()).network(0).output(SequenceWindows.last(test, prep), false);
            for (int i = 0; i < mean.length; i++) {
                mean[i] += out.getDouble(i, 0) * SyntheticCmapss.CAP / 4;
            }
        }
        double[] predicted = model.predictLast(test);
        assertThat(predicted).containsExactly(Arrays.stream(mean).map(m -> Math.max(0, m)).toArray(),
                org.assertj.core.data.Offset.offset(1e-9));
        double[] capped = Arrays.stream(truth).mapToDouble(t -> Math.min(t, SyntheticCmapss.CAP)).toArray();
        assertThat(RulMetrics.of(predicted, capped).rmse()).isLessThan(baselineRmse(capped) / 2);

        model.save(dir);
        assertThat(dir.resolve("model-4.dl4j.zip")).exists();
        assertThat(RulModels.load(dir).predictLast(test)).containsExactly(predicted);
        assertThatThrownBy(() -> new MixedEnsemble(List.of(mlp, cnn.withMembers(3)), Duration.ofMinutes(1)))
                .hasMessageContaining("same member count");
        assertThatThrownBy(() -> new MixedEnsemble(List.of(mlp), Duration.ofMinutes(1)))
                .hasMessageContaining("at least 2");
    }

    @Test
    void mixedWithOneMemberShouldAverageOneNetworkPerArchitectureOnTheSplit(@TempDir Path dir) throws Exception {
        UnitSplit split = UnitSplit.of(units, RECIPE.validationShare(), RECIPE.seed());
        RulPreprocessing prep = RulPreprocessing.fit(split.train(), RECIPE);
        List<ConvRulTrainer.Fit> fits = new MixedEnsemble(List.of(ONE_MLP, ONE_CNN), Duration.ofMinutes(2)).train(split,
                prep, RECIPE, TrainingProgress.NONE);
        Dl4jRulModel model = MixedEnsemble.average(fits, prep);

        assertThat(model.members()).isEqualTo(2);
        // each network is the one its architecture trains alone on the split
        assertThat(fits.get(0).model().predictLast(test))
                .containsExactly(ONE_MLP.train(split, prep, RECIPE, TrainingProgress.NONE).model().predictLast(test));
        assertLearnsAndReloads(model, dir);
    }

    @Test
    void withTrendChannelsBothArchitecturesShouldReadTwiceTheSensorsLearnAndPredictTheSameAfterReload(
            @TempDir Path dir) throws Exception {
        RulRecipe trend = RECIPE.withTrendSmoothing(0.05);
        UnitSplit split = UnitSplit.of(units, trend.validationShare(), trend.seed());
        RulPreprocessing prep = RulPreprocessing.fit(split.train(), trend);
        Dl4jRulModel model = MixedEnsemble.average(new MixedEnsemble(List.of(ONE_MLP, ONE_CNN), Duration.ofMinutes(2))
                .train(split, prep, trend, TrainingProgress.NONE), prep);

        int channels = 2 * prep.featureCount() + 1;
        assertThat(SequenceWindows.last(test, prep).shape()).containsExactly(test.size(), 1, trend.window(),
                channels);
        // the MLP's window statistics cover every channel, trend channels included
        assertThat(model.network(0).getLayerWiseConfigurations().getInputPreProcess(0))
                .isEqualTo(new WindowStatistics(trend.window(), channels));
        assertLearnsAndReloads(model, dir);
        assertThat(RulModels.load(dir).preprocessing().trendSmoothing()).isEqualTo(0.05);
    }

    @Test
    void refitShouldRetrainEachMemberOnAllUnitsForItsBestEpochsAndKeepTheOutOfFoldFigure() {
        RulPreprocessing prep = RulPreprocessing.fit(units, RECIPE);
        ConvRulTrainer trainer = new ConvRulTrainer(4, 12, 4, 64, 3e-3, Duration.ofMinutes(1), 3);
        ConvRulTrainer.EnsembleFit plain = trainer.trainFolds(units, prep, RECIPE, TrainingProgress.NONE);
        ConvRulTrainer.EnsembleFit refit = trainer.withRefit(true).trainFolds(units, prep, RECIPE,
                TrainingProgress.NONE);

        assertThat(plain.refitEpochs()).containsOnly(0);
        // the cross-validation is the same run (same seeds), so the same best epochs and out-of-fold figure
        assertThat(refit.members().stream().map(ConvRulTrainer.Fit::bestEpoch).toList())
                .isEqualTo(plain.members().stream().map(ConvRulTrainer.Fit::bestEpoch).toList());
        assertThat(refit.outOfFold().rmse()).isEqualTo(plain.outOfFold().rmse());
        assertThat(refit.refitEpochs()).isEqualTo(plain.members().stream()
                .map(f -> Math.max(1, f.bestEpoch())).toList());
        double[] refitPredicted = refit.model().predictLast(test);
        assertThat(refitPredicted).isNotEqualTo(plain.model().predictLast(test));
        double[] capped = Arrays.stream(truth).mapToDouble(t -> Math.min(t, SyntheticCmapss.CAP)).toArray();
        assertThat(RulMetrics.of(refitPredicted, capped).rmse()).isLessThan(baselineRmse(capped) / 2);
        assertThat(trainer.withRefit(true).hyperparameters().get("ensemble").toString()).contains("refit on all units");
    }

    @Test
    void snapshotsShouldKeepEachMembersBestEpochsAndAverageThemAll(@TempDir Path dir) throws Exception {
        RulPreprocessing prep = RulPreprocessing.fit(units, RECIPE);
        ConvRulTrainer one = new ConvRulTrainer(4, 12, 4, 64, 3e-3, Duration.ofMinutes(1), 2);
        ConvRulTrainer.EnsembleFit plain = one.trainFolds(units, prep, RECIPE, TrainingProgress.NONE);
        ConvRulTrainer.EnsembleFit three = one.withSnapshots(3).trainFolds(units, prep, RECIPE,
                TrainingProgress.NONE);

        Dl4jRulModel model = (Dl4jRulModel) three.model();
        assertThat(model.members()).isEqualTo(6);
        for (int m = 0; m < 2; m++) {
            // the same training run (same seed): its best epoch is the plain member's, and comes first
            Dl4jRulModel member = (Dl4jRulModel) three.members().get(m).model();
            assertThat(member.members()).isEqualTo(3);
            assertThat(three.members().get(m).bestEpoch()).isEqualTo(plain.members().get(m).bestEpoch());
            assertThat(member.network(0).params())
                    .isEqualTo(((Dl4jRulModel) plain.members().get(m).model()).network(0).params());
            assertThat(member.network(1).params()).isNotEqualTo(member.network(0).params());
        }
        double[] predicted = model.predictLast(test);
        double[] capped = Arrays.stream(truth).mapToDouble(t -> Math.min(t, SyntheticCmapss.CAP)).toArray();
        assertThat(RulMetrics.of(predicted, capped).rmse()).isLessThan(baselineRmse(capped) / 2);
        model.save(dir);
        assertThat(dir.resolve("model-6.dl4j.zip")).exists();
        assertThat(RulModels.load(dir).predictLast(test)).containsExactly(predicted);
        assertThatThrownBy(() -> one.withSnapshots(2).withRefit(true)).hasMessageContaining("do not combine");
        assertThatThrownBy(() -> one.withSnapshots(0)).hasMessageContaining("snapshots must be");
    }

    @Test
    void ensembleShouldBeTheSameForTheSameSeedWhateverThreadTrainsAMember() {
        RulPreprocessing prep = RulPreprocessing.fit(units, RECIPE);
        ConvRulTrainer trainer = new ConvRulTrainer(2, 3, 3, 64, 3e-3, Duration.ofMinutes(1), 2);

        double[] first = trainer.trainFolds(units, prep, RECIPE, TrainingProgress.NONE).model().predictLast(test);
        double[] again = trainer.trainFolds(units, prep, RECIPE, TrainingProgress.NONE).model().predictLast(test);

        assertThat(again).containsExactly(first);
    }

    @Test
    void foldsShouldHoldOutEveryUnitExactlyOnceAndStartWithTheSingleSplit() {
        List<UnitSplit> folds = UnitSplit.folds(units, 5, 7);

        assertThat(folds).hasSize(5).allSatisfy(f -> assertThat(f.train().size() + f.validation().size())
                .isEqualTo(units.size()));
        assertThat(folds.stream().flatMap(f -> f.validation().stream()).map(EngineUnit::unit).sorted().toList())
                .isEqualTo(units.stream().map(EngineUnit::unit).sorted().toList());
        assertThat(folds.get(0).validation()).isEqualTo(UnitSplit.of(units, 0.2, 7).validation());
        assertThatThrownBy(() -> UnitSplit.folds(units, 1, 7)).hasMessageContaining("folds");
        assertThatThrownBy(() -> new ConvRulTrainer(4, 12, 4, 64, 3e-3, Duration.ofMinutes(1), 0))
                .hasMessageContaining("members");
    }

    /** RMSE of always predicting the mean truth: what a model that learned nothing scores. */
    /**
     * Trains on the synthetic units and checks that the network learned (under half the mean predictor's RMSE on the
     * held-out engines) and predicts the same after save and load; returns the fit for architecture-specific checks.
     */
    private ConvRulTrainer.Fit fitLearnsAndReloads(ConvRulTrainer trainer, Path dir) throws Exception {
        UnitSplit split = UnitSplit.of(units, RECIPE.validationShare(), RECIPE.seed());
        RulPreprocessing prep = RulPreprocessing.fit(split.train(), RECIPE);
        ConvRulTrainer.Fit fit = trainer.train(split, prep, RECIPE, TrainingProgress.NONE);
        assertLearnsAndReloads(fit.model(), dir);
        return fit;
    }

    /** Beats half the mean's RMSE on the test units, and a save and reload predicts exactly the same. */
    private void assertLearnsAndReloads(RulModel model, Path dir) throws Exception {
        double[] predicted = model.predictLast(test);
        double[] capped = Arrays.stream(truth).mapToDouble(t -> Math.min(t, SyntheticCmapss.CAP)).toArray();
        assertThat(RulMetrics.of(predicted, capped).rmse()).isLessThan(baselineRmse(capped) / 2);
        model.save(dir);
        assertThat(RulModels.load(dir).predictLast(test)).containsExactly(predicted);
    }

    private static double baselineRmse(double[] truth) {
        double mean = Arrays.stream(truth).average().orElseThrow();
        return Math.sqrt(Arrays.stream(truth).map(t -> (t - mean) * (t - mean)).average().orElseThrow());
    }
}
