package com.kcspeedshop.training.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.kcspeedshop.datasets.ai4i.Ai4iRecord;
import com.kcspeedshop.datasets.ai4i.FailureMode;
import com.kcspeedshop.datasets.ai4i.ProductType;
import com.kcspeedshop.training.artifact.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden AI4I artifacts: a tiny Tribuo XGBoost and a tiny Smile random forest saved by version 0.1.0 in the layout
 * {@link FailureTraining} writes ({@code provenance.json} naming each model's file), under
 * {@code src/test/resources/golden/ai4i-v1/}, with the probabilities they gave then for the rows in
 * {@code golden/ai4i-input.csv}. A Tribuo, XGBoost or Smile upgrade that can no longer read them, or reads them into
 * other answers, fails here. The Smile forest is Java-serialised, so this is the test that notices a Smile release
 * changing its classes' serial form. Regenerate only on purpose:
 * {@code -Dgolden.regenerate=true -Dtest=GoldenAi4iArtifactTest}, and say why in the commit.
 */
class GoldenAi4iArtifactTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final Path DIR = GOLDEN.resolve("ai4i-v1");
    static final Path INPUT = GOLDEN.resolve("ai4i-input.csv");

    @ParameterizedTest
    @ValueSource(strings = {"xgboost", "random-forest"})
    void shouldLoadTheGoldenClassifierAndPredictAsItDidWhenSaved(String variant) throws Exception {
        double[][] rows = readRows(INPUT);
        double[] expected = Files.readAllLines(DIR.resolve("expected-" + variant + ".txt")).stream()
                .mapToDouble(Double::parseDouble).toArray();

        double[] predicted = load(variant).probability(rows);

        assertThat(predicted).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            // written with 9 decimals; both libraries are deterministic on one platform
            assertThat(predicted[i]).as("row %d", i + 1).isCloseTo(expected[i], within(1e-8));
        }
    }

    @Test
    void goldenProbabilitiesShouldStillSeparateTheRuleTheModelsWereTrainedOn() throws Exception {
        double[][] rows = readRows(INPUT);
        for (String variant : List.of("xgboost", "random-forest")) {
            double[] p = load(variant).probability(rows);
            for (int i = 0; i < rows.length; i++) {
                boolean fails = rows[i][9] > POWER_LIMIT_W;
                // a row far from the limit must land on its side: the golden models are tiny but not random
                if (Math.abs(rows[i][9] - POWER_LIMIT_W) > 1500) {
                    assertThat(p[i] > 0.5).as("%s row %d, power %.0f W", variant, i + 1, rows[i][9]).isEqualTo(fails);
                }
            }
        }
    }

    private static ProbabilityModel load(String variant) throws IOException {
        Map<String, Object> provenance = Provenance.read(DIR);
        Object file = ((Map<?, ?>) ((Map<?, ?>) provenance.get("models")).get(variant)).get("file");
        Path binary = DIR.resolve(String.valueOf(file));
        return variant.equals("xgboost") ? TribuoXgboostTrainer.TribuoModel.load(binary)
                : SmileForestTrainer.ForestModel.load(binary);
    }

    /** The AI4I power-failure rule (dataset description): P = torque x angular speed above 9 kW fails. */
    static final double POWER_LIMIT_W = 9000;

    @Test
    @EnabledIfSystemProperty(named = "golden.regenerate", matches = "true")
    void regenerate() throws Exception {
        long seed = 11;
        double[][] train = features(records(400, seed));
        boolean[] y = new boolean[train.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = train[i][9] > POWER_LIMIT_W;
        }
        Files.createDirectories(DIR);
        writeRows(features(records(24, seed + 1)), INPUT);
        double[][] input = readRows(INPUT); // predict what a reader of the file gets, not the unrounded doubles
        Map<String, Object> models = new LinkedHashMap<>();
        for (BinaryTrainer trainer : List.of(new TribuoXgboostTrainer(10, 0.3, 3), new SmileForestTrainer(10, 6, 2))) {
            String file = "machine-failure-" + trainer.name() + trainer.extension();
            ProbabilityModel model = trainer.fit(train, y, seed);
            model.save(DIR.resolve(file));
            models.put(trainer.name(), Map.of("file", file, "hyperparameters", trainer.hyperparameters()));
            Files.writeString(DIR.resolve("expected-" + trainer.name() + ".txt"),
                    DoubleStream.of(reload(DIR.resolve(file), trainer).probability(input))
                            .mapToObj(v -> String.format(Locale.ROOT, "%.9f", v))
                            .collect(Collectors.joining("\n", "", "\n")));
        }
        new Provenance().put("id", "ai4i-golden-v1").put("task", "ai4i-failure").put("features", Ai4iFeatures.NAMES)
                .put("models", models).put("seed", seed)
                .put("data", "synthetic AI4I-like rows, label = power > 9 kW (GoldenAi4iArtifactTest)").write(DIR);
    }

    /** Predicts with the saved file, re-read, so the golden numbers are those of the artifact on disk. */
    private static ProbabilityModel reload(Path file, BinaryTrainer trainer) throws IOException {
        return trainer instanceof TribuoXgboostTrainer ? TribuoXgboostTrainer.TribuoModel.load(file)
                : SmileForestTrainer.ForestModel.load(file);
    }

    private static List<Ai4iRecord> records(int n, long seed) {
        Random random = new Random(seed);
        List<Ai4iRecord> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            double air = 298 + random.nextGaussian() * 2;
            out.add(new Ai4iRecord(i, "G" + i, ProductType.values()[i % 3], air, air + 8 + random.nextDouble() * 3,
                    1200 + random.nextDouble() * 1600, 10 + random.nextDouble() * 60, random.nextInt(250), false,
                    EnumSet.noneOf(FailureMode.class)));
        }
        return out;
    }

    private static double[][] features(List<Ai4iRecord> records) {
        return records.stream().map(Ai4iFeatures::of).toArray(double[][]::new);
    }

    private static void writeRows(double[][] rows, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", Ai4iFeatures.NAMES));
        for (double[] r : rows) {
            lines.add(DoubleStream.of(r).mapToObj(v -> String.format(Locale.ROOT, "%.6f", v))
                    .collect(Collectors.joining(",")));
        }
        Files.write(file, lines);
    }

    /** The golden input rows, one per line after the header, in {@link Ai4iFeatures#NAMES} order. */
    static double[][] readRows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (!lines.get(0).equals(String.join(",", Ai4iFeatures.NAMES))) {
            throw new IOException(file + " header is not the AI4I feature layout: " + lines.get(0));
        }
        return lines.stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> java.util.Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
    }
}
