package com.kcspeedshop.training.rul;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** RMSE of always predicting the mean truth: what a model that learned nothing scores. */
    private static double baselineRmse(double[] truth) {
        double mean = Arrays.stream(truth).average().orElseThrow();
        return Math.sqrt(Arrays.stream(truth).map(t -> (t - mean) * (t - mean)).average().orElseThrow());
    }
}
