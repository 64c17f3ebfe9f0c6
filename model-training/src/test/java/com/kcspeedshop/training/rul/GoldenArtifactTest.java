package com.kcspeedshop.training.rul;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.kcspeedshop.datasets.cmapss.CmapssReader;
import com.kcspeedshop.datasets.cmapss.EngineUnit;
import com.kcspeedshop.training.testdata.SyntheticCmapss;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden artifacts: tiny models saved by version 0.1.0 under {@code src/test/resources/golden/}, with the predictions
 * they gave then. Every later version must still load them and predict the same, so a library upgrade or a change to
 * preprocessing that breaks saved models fails here instead of in serving. {@code rul-dl4j-ensemble-v2} is the
 * cross-validation ensemble layout ({@code model-1.dl4j.zip} …) added in 0.2; {@code rul-dl4j-minmax-v3} an ensemble
 * whose {@code preprocessing.json} says {@code "scaling": "min-max"} (added in 0.3); {@code rul-dl4j-lstm-v4} an
 * ensemble of LSTM members whose saved configuration names {@link WindowToSequence} (added in 0.4); {@code rul-dl4j-mixed-v5} a mixed ensemble, per fold one features-MLP
 * member (its configuration names {@link WindowStatistics} with its sizes) and one compact CNN (added in 0.5); {@code rul-dl4j-trend-v6} the same
 * mixed layout over a recipe with trend channels ({@code "trendSmoothing"} in its {@code preprocessing.json}, twice the
 * sensors per window row; added in 0.6). Generate a new golden folder only on
 * purpose: {@code -Dgolden.regenerate=true -Dtest=GoldenArtifactTest}, which writes only the folders that are missing
 * (an existing one is the record of what its version predicted and is never rewritten), and say why in the commit.
 */
class GoldenArtifactTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path INPUT = GOLDEN.resolve("rul-input.txt");

    @ParameterizedTest
    @ValueSource(strings = {"rul-tree-v1", "rul-dl4j-v1", "rul-dl4j-ensemble-v2", "rul-dl4j-minmax-v3",
        "rul-dl4j-lstm-v4", "rul-dl4j-mixed-v5", "rul-dl4j-trend-v6"})
    void shouldLoadTheGoldenArtifactAndPredictAsItDidWhenSaved(String name) throws Exception {
        Path dir = GOLDEN.resolve(name);
        List<EngineUnit> input = CmapssReader.readUnits(INPUT);
        double[] expected = Files.readAllLines(dir.resolve("expected-predictions.txt")).stream()
                .mapToDouble(Double::parseDouble).toArray();

        double[] predicted = RulModels.load(dir).predictLast(input);

        assertThat(predicted).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            // written with 6 decimals; float32 networks agree to far better than 1e-4 across runs of one platform
            assertThat(predicted[i]).as("unit %d", i + 1).isCloseTo(expected[i], within(1e-4));
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "golden.regenerate", matches = "true")
    void regenerate() throws Exception {
        RulRecipe recipe = new RulRecipe(10, SyntheticCmapss.CAP, 0.2, 3);
        List<EngineUnit> units = SyntheticCmapss.units(20, 21, 1);
        int[] truth = new int[8];
        List<EngineUnit> input = SyntheticCmapss.truncate(SyntheticCmapss.units(8, 22, 1), 23, truth);
        Files.createDirectories(GOLDEN);
        if (!Files.exists(INPUT)) {
            SyntheticCmapss.write(input, INPUT);
        }
        List<EngineUnit> reread = CmapssReader.readUnits(INPUT);
        UnitSplit split = UnitSplit.of(units, recipe.validationShare(), recipe.seed());
        RulPreprocessing prep = RulPreprocessing.fit(split.train(), recipe);
        if (!Files.exists(GOLDEN.resolve("rul-tree-v1"))) {
            save(new TreeRulTrainer(20, 0.3, 3, 1.0).train(split.train(), prep, recipe, TrainingProgress.NONE),
                    GOLDEN.resolve("rul-tree-v1"), reread);
        }
        if (!Files.exists(GOLDEN.resolve("rul-dl4j-v1"))) {
            save(new ConvRulTrainer(2, 3, 3, 64, 3e-3, Duration.ofMinutes(1)).train(split, prep, recipe,
                    TrainingProgress.NONE).model(), GOLDEN.resolve("rul-dl4j-v1"), reread);
        }
        if (!Files.exists(GOLDEN.resolve("rul-dl4j-ensemble-v2"))) {
            RulPreprocessing all = RulPreprocessing.fit(units, recipe);
            save(new ConvRulTrainer(2, 3, 3, 64, 3e-3, Duration.ofMinutes(1), 3).trainFolds(units, all, recipe,
                    TrainingProgress.NONE).model(), GOLDEN.resolve("rul-dl4j-ensemble-v2"), reread);
        }
        if (!Files.exists(GOLDEN.resolve("rul-dl4j-minmax-v3"))) {
            RulRecipe minMax = recipe.withScaling(Scaling.MIN_MAX);
            RulPreprocessing all = RulPreprocessing.fit(units, minMax);
            save(new ConvRulTrainer(2, 3, 3, 64, 3e-3, Duration.ofMinutes(1), 2).trainFolds(units, all, minMax,
                    TrainingProgress.NONE).model(), GOLDEN.resolve("rul-dl4j-minmax-v3"), reread);
        }
        if (!Files.exists(GOLDEN.resolve("rul-dl4j-lstm-v4"))) {
            RulPreprocessing all = RulPreprocessing.fit(units, recipe);
            save(new ConvRulTrainer(3, 3, 3, 64, 3e-3, Duration.ofMinutes(1), 2, ConvArchitecture.LSTM).trainFolds(
                    units, all, recipe, TrainingProgress.NONE).model(), GOLDEN.resolve("rul-dl4j-lstm-v4"), reread);
        }
        if (!Files.exists(GOLDEN.resolve("rul-dl4j-mixed-v5"))) {
            RulPreprocessing all = RulPreprocessing.fit(units, recipe);
            MixedEnsemble mixed = new MixedEnsemble(List.of(
                    new ConvRulTrainer(8, 3, 3, 64, 3e-3, Duration.ofMinutes(1), 2, ConvArchitecture.FEATURES_MLP),
                    new ConvRulTrainer(2, 3, 3, 64, 3e-3, Duration.ofMinutes(1), 2)), Duration.ofMinutes(2));
            save(mixed.trainFolds(units, all, recipe, TrainingProgress.NONE).fit().model(),
                    GOLDEN.resolve("rul-dl4j-mixed-v5"), reread);
        }
        if (!Files.exists(GOLDEN.resolve("rul-dl4j-trend-v6"))) {
            RulRecipe trend = recipe.withTrendSmoothing(0.05);
            RulPreprocessing all = RulPreprocessing.fit(units, trend);
            MixedEnsemble mixed = new MixedEnsemble(List.of(
                    new ConvRulTrainer(8, 3, 3, 64, 3e-3, Duration.ofMinutes(1), 2, ConvArchitecture.FEATURES_MLP),
                    new ConvRulTrainer(2, 3, 3, 64, 3e-3, Duration.ofMinutes(1), 2)), Duration.ofMinutes(2));
            save(mixed.trainFolds(units, all, trend, TrainingProgress.NONE).fit().model(),
                    GOLDEN.resolve("rul-dl4j-trend-v6"), reread);
        }
    }

    private static void save(RulModel model, Path dir, List<EngineUnit> input) throws Exception {
        model.save(dir);
        String lines = DoubleStream.of(model.predictLast(input)).mapToObj(v -> String.format(Locale.ROOT, "%.6f", v))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(dir.resolve("expected-predictions.txt"), lines);
    }
}
