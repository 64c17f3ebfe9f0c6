package com.kcspeedshop.training.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsolationForestTrainerTest {

    private static final IsolationForestTrainer TINY = new IsolationForestTrainer(50, 128, 0);

    private static IsolationForestModel fit(List<double[]> rows, long seed) {
        AnomalyPreprocessing prep = AnomalyPreprocessing.fit(IsolationForestModel.KIND, 1, rows).withThreshold(0.6);
        double[][] x = rows.stream().map(prep::transform).toArray(double[][]::new);
        return TINY.fit(x, prep, seed);
    }

    private static double[] scores(AnomalyModel m, List<double[]> rows) {
        return rows.stream().mapToDouble(r -> m.score(new double[][] {r})).toArray();
    }

    @Test
    void shouldScoreFarOutliersAboveAlmostEveryNormalPoint() {
        IsolationForestModel model = fit(Blobs.rows(1000, 0, 1), 7);
        double[] normal = scores(model, Blobs.rows(500, 0, 2));
        double[] outliers = scores(model, Blobs.rows(20, 6, 3));
        Arrays.sort(normal);
        double p99 = normal[(int) (0.99 * normal.length)];
        assertThat(Arrays.stream(outliers).min().orElseThrow()).isGreaterThan(p99);
        assertThat(Arrays.stream(outliers).min().orElseThrow()).isGreaterThan(0.6);
        assertThat(normal[normal.length / 2]).isLessThan(0.5);
    }

    @Test
    void shouldBuildTheSameForestForTheSameSeedAndAnotherForAnotherSeed() {
        List<double[]> train = Blobs.rows(600, 0, 1);
        List<double[]> probe = Blobs.rows(50, 1, 9);
        assertThat(scores(fit(train, 5), probe)).containsExactly(scores(fit(train, 5), probe));
        assertThat(scores(fit(train, 6), probe)).isNotEqualTo(scores(fit(train, 5), probe));
    }

    @Test
    void shouldScoreTheSameAfterSaveAndLoad(@TempDir Path dir) throws Exception {
        IsolationForestModel model = fit(Blobs.rows(400, 0, 1), 3);
        model.save(dir);
        AnomalyModel loaded = AnomalyModel.load(dir);
        assertThat(loaded).isInstanceOf(IsolationForestModel.class);
        assertThat(loaded.preprocessing()).isEqualTo(model.preprocessing());
        List<double[]> probe = Blobs.rows(30, 2, 4);
        assertThat(scores(loaded, probe)).containsExactly(scores(model, probe));
    }

    @Test
    void shouldRefuseAWindowOfMoreThanOneInterval() {
        IsolationForestModel model = fit(Blobs.rows(100, 0, 1), 3);
        double[] row = Blobs.rows(1, 0, 2).get(0);
        assertThatThrownBy(() -> model.score(new double[][] {row, row})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one interval");
    }
}
