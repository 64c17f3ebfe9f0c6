package com.kcspeedshop.serving.scorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.training.artifact.Provenance;
import com.kcspeedshop.training.failure.Ai4iFeatures;
import com.kcspeedshop.training.failure.BinaryTrainer;
import com.kcspeedshop.training.failure.ProbabilityModel;
import com.kcspeedshop.training.failure.SmileForestTrainer;
import com.kcspeedshop.training.failure.TribuoXgboostTrainer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * AI4I classifiers: tiny models trained here on synthetic rows with a known rule (failure when power is high), saved
 * the way model-training saves them, loaded by the scorer: same probabilities as the trained object in memory.
 */
class Ai4iScorerTest {

    @TempDir
    static Path dir;
    static final Map<String, ProbabilityModel> TRAINED = new LinkedHashMap<>();
    static double[][] rows;

    @BeforeAll
    static void trainTinyModels() throws Exception {
        Ai4iArtifacts.Tiny tiny = Ai4iArtifacts.write(dir, 7);
        TRAINED.putAll(tiny.models());
        rows = tiny.rows();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xgboost", "random-forest"})
    void shouldLoadTheSavedClassifierAndPredictAsTheTrainedOne(String variant) throws Exception {
        Scorer scorer = Scorers.load(java.net.URI.create(dir.toUri() + "#" + variant), "ai4i-failure");

        assertThat(scorer.predict(rows)).containsExactly(TRAINED.get(variant).probability(rows));
        assertThat(scorer.metadata().featureNames()).isEqualTo(Ai4iFeatures.NAMES);
        assertThat(scorer.metadata().kind()).isEqualTo("ai4i-" + variant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xgboost", "random-forest"})
    void shouldRankAHighPowerRowAboveALowPowerOne(String variant) throws Exception {
        Scorer scorer = Scorers.load(dir, variant, "ai4i-failure");

        double[] p = scorer.predict(new double[][] {Ai4iArtifacts.row(1500, 70, 200), Ai4iArtifacts.row(1500, 20, 10)});

        assertThat(p[0]).isGreaterThan(p[1]);
    }

    /** Writes an AI4I artifact folder like model-training's FailureTraining does. Reused by the service tests. */
    static final class Ai4iArtifacts {

        record Tiny(Map<String, ProbabilityModel> models, double[][] rows) {
        }

        static double[] row(double rpm, double torque, double wear) {
            double omega = rpm * 2 * Math.PI / 60;
            return new double[] {1, 0, 0, 300, 310, rpm, torque, wear, 10, torque * omega, wear * torque};
        }

        static Tiny write(Path out, long seed) throws Exception {
            Random random = new Random(seed);
            int n = 300;
            double[][] x = new double[n][];
            boolean[] y = new boolean[n];
            for (int i = 0; i < n; i++) {
                x[i] = row(1200 + random.nextDouble() * 1600, 10 + random.nextDouble() * 60, random.nextDouble() * 250);
                y[i] = x[i][9] > 9000; // the AI4I power-failure rule, P > 9 kW (datasets README)
            }
            Map<String, ProbabilityModel> models = new LinkedHashMap<>();
            Map<String, Object> files = new LinkedHashMap<>();
            for (BinaryTrainer trainer : new BinaryTrainer[] {new TribuoXgboostTrainer(10, 0.3, 3),
                    new SmileForestTrainer(10, 6, 2)}) {
                String file = "machine-failure-" + trainer.name() + trainer.extension();
                ProbabilityModel m = trainer.fit(x, y, seed);
                m.save(out.resolve(file));
                models.put(trainer.name(), m);
                files.put(trainer.name(), Map.of("file", file, "hyperparameters", trainer.hyperparameters()));
            }
            new Provenance().put("id", "ai4i-test-" + seed).put("task", "ai4i-failure")
                    .put("features", Ai4iFeatures.NAMES).put("models", files).put("seed", seed).write(out);
            return new Tiny(models, java.util.Arrays.copyOf(x, 20));
        }
    }
}
