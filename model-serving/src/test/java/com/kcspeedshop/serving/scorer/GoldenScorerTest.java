package com.kcspeedshop.serving.scorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.kcspeedshop.training.rul.RulModels;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scorer reads model-training's golden artifacts and predicts what they predicted when saved. */
class GoldenScorerTest {

    @ParameterizedTest
    @ValueSource(strings = {"rul-tree-v1", "rul-dl4j-v1", "rul-dl4j-ensemble-v2", "rul-dl4j-minmax-v3",
        "rul-dl4j-lstm-v4", "rul-dl4j-mixed-v5", "rul-dl4j-trend-v6"})
    void shouldPredictWhatTheGoldenArtifactPredictedWhenSaved(String name) throws Exception {
        Path dir = GoldenArtifacts.GOLDEN.resolve(name);
        Scorer scorer = Scorers.load(dir.toUri(), "rul-golden");
        double[] expected = GoldenArtifacts.expected(dir);

        double[] batch = scorer.predict(GoldenArtifacts.rows(dir));

        assertThat(batch).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(batch[i]).as("unit %d", i + 1).isCloseTo(expected[i], within(1e-4));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rul-tree-v1", "rul-dl4j-v1", "rul-dl4j-ensemble-v2", "rul-dl4j-minmax-v3",
        "rul-dl4j-lstm-v4", "rul-dl4j-mixed-v5", "rul-dl4j-trend-v6"})
    void shouldAgreeExactlyWithModelTrainingsOwnLoader(String name) throws Exception {
        Path dir = GoldenArtifacts.GOLDEN.resolve(name);
        Scorer scorer = Scorers.load(dir, null, "rul-golden");

        double[] ours = scorer.predict(GoldenArtifacts.rows(dir));
        double[] theirs = RulModels.load(dir).predictLast(GoldenArtifacts.units());

        assertThat(ours).containsExactly(theirs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rul-tree-v1", "rul-dl4j-v1", "rul-dl4j-ensemble-v2", "rul-dl4j-minmax-v3",
        "rul-dl4j-lstm-v4", "rul-dl4j-mixed-v5", "rul-dl4j-trend-v6"})
    void shouldGiveTheSameAnswerRowByRowAsInABatchAndUnderConcurrency(String name) throws Exception {
        Path dir = GoldenArtifacts.GOLDEN.resolve(name);
        Scorer scorer = Scorers.load(dir, null, "rul-golden");
        double[][] rows = GoldenArtifacts.rows(dir);
        double[] batch = scorer.predict(rows);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<double[]>> tasks = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(k -> (Callable<double[]>) () -> {
                        double[] one = new double[rows.length];
                        for (int i = 0; i < rows.length; i++) {
                            one[i] = scorer.predict(rows[i]);
                        }
                        return one;
                    }).toList();
            for (Future<double[]> f : pool.invokeAll(tasks)) {
                // a float32 network may round differently in a batch than row by row (BLAS picks other kernels)
                assertThat(f.get()).containsExactly(batch, org.assertj.core.data.Offset.offset(1e-4));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rul-tree-v1", "rul-dl4j-v1", "rul-dl4j-ensemble-v2", "rul-dl4j-minmax-v3",
        "rul-dl4j-lstm-v4", "rul-dl4j-mixed-v5", "rul-dl4j-trend-v6"})
    void shouldDescribeTheModel(String name) throws Exception {
        Path dir = GoldenArtifacts.GOLDEN.resolve(name);
        ModelMetadata meta = Scorers.load(dir, null, "rul-golden").metadata();

        assertThat(meta.name()).isEqualTo("rul-golden");
        assertThat(meta.id()).isEqualTo(name);
        assertThat(meta.featureCount()).isEqualTo(GoldenArtifacts.rows(dir)[0].length);
        assertThat(meta.kind()).isIn("rul-tree", "rul-dl4j");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rul-tree-v1", "rul-dl4j-v1", "rul-dl4j-ensemble-v2", "rul-dl4j-minmax-v3",
        "rul-dl4j-lstm-v4", "rul-dl4j-mixed-v5", "rul-dl4j-trend-v6"})
    void shouldRefuseWrongFeatureCountAndNonFiniteValuesWithAMessage(String name) throws Exception {
        Path dir = GoldenArtifacts.GOLDEN.resolve(name);
        Scorer scorer = Scorers.load(dir, null, "rul-golden");
        double[] row = GoldenArtifacts.rows(dir)[0];

        assertThatThrownBy(() -> scorer.predict(java.util.Arrays.copyOf(row, row.length - 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidInputException.Reason.FEATURE_COUNT))
                .hasMessageContaining("expects " + row.length);
        double[] nan = row.clone();
        nan[2] = Double.NaN;
        assertThatThrownBy(() -> scorer.predict(nan))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidInputException.Reason.NOT_FINITE))
                .hasMessageContaining("feature 2");
        double[] inf = row.clone();
        inf[0] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> scorer.predict(new double[][] {row, inf}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("row 1");
        assertThatThrownBy(() -> scorer.predict(new double[0][]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no feature rows");
    }

    @org.junit.jupiter.api.Test
    void shouldServeTheXgboostTreesInJavaBecauseTheyReproduceTribuoExactly() throws Exception {
        Scorer scorer = Scorers.load(GoldenArtifacts.TREE, null, "rul-golden");

        assertThat(scorer).isInstanceOf(JavaTreeRegressionScorer.class);
        org.tribuo.Model<?> tribuo = org.tribuo.Model.deserializeFromFile(GoldenArtifacts.TREE.resolve("model.tribuo"));
        @SuppressWarnings("unchecked")
        TribuoRegressionScorer reference = new TribuoRegressionScorer(
                (org.tribuo.Model<org.tribuo.regression.Regressor>) tribuo, scorer.metadata());
        double[][] rows = JavaTrees.probes(scorer.metadata().featureCount());
        assertThat(scorer.predict(rows)).containsExactly(reference.predict(rows));
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseAFolderThatIsNoArtifact(@org.junit.jupiter.api.io.TempDir Path empty) {
        assertThatThrownBy(() -> Scorers.load(empty, null, "x")).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("not a known artifact");
        assertThatThrownBy(() -> Scorers.load(java.net.URI.create("s3://bucket/x"), "x"))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("ArtifactStore");
    }
}
