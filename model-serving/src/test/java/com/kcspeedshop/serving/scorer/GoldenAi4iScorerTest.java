package com.kcspeedshop.serving.scorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.kcspeedshop.training.failure.Ai4iFeatures;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * model-training's golden AI4I artifact (a Tribuo XGBoost and a Smile forest saved by 0.1.0): the scorer loads each
 * variant by URI fragment, as the registry addresses them, and predicts what the models predicted when saved.
 */
class GoldenAi4iScorerTest {

    static final Path DIR = GoldenArtifacts.GOLDEN.resolve("ai4i-v1");

    @ParameterizedTest
    @ValueSource(strings = {"xgboost", "random-forest"})
    void shouldPredictWhatTheGoldenAi4iClassifierPredictedWhenSaved(String variant) throws Exception {
        Scorer scorer = Scorers.load(URI.create(DIR.toUri() + "#" + variant), "ai4i-failure");
        double[] expected = Files.readAllLines(DIR.resolve("expected-" + variant + ".txt")).stream()
                .mapToDouble(Double::parseDouble).toArray();

        double[] p = scorer.predict(rows());

        assertThat(p).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(p[i]).as("row %d", i + 1).isCloseTo(expected[i], within(1e-8));
        }
        assertThat(scorer.metadata().id()).isEqualTo("ai4i-golden-v1#" + variant);
        assertThat(scorer.metadata().featureNames()).isEqualTo(Ai4iFeatures.NAMES);
    }

    private static double[][] rows() throws Exception {
        List<String> lines = Files.readAllLines(GoldenArtifacts.GOLDEN.resolve("ai4i-input.csv"));
        assertThat(lines.get(0)).isEqualTo(String.join(",", Ai4iFeatures.NAMES));
        return lines.stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> java.util.Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
    }
}
