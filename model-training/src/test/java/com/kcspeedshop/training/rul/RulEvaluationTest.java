package com.kcspeedshop.training.rul;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.kcspeedshop.datasets.cmapss.EngineUnit;
import com.kcspeedshop.training.testdata.SyntheticCmapss;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cap-independent validation figure and the pooling of per-fold metrics, on a model that always says 0. */
class RulEvaluationTest {

    private static final RulRecipe RECIPE = new RulRecipe(10, SyntheticCmapss.CAP, 0.2, 11);
    private final List<EngineUnit> units = SyntheticCmapss.units(4, 5, 1);
    private final RulModel zero = new RulModel() {
        private final RulPreprocessing prep = RulPreprocessing.fit(units, RECIPE);

        @Override
        public String kind() {
            return "zero";
        }

        @Override
        public RulPreprocessing preprocessing() {
            return prep;
        }

        @Override
        public double[] predictLast(List<EngineUnit> prefixes) {
            return new double[prefixes.size()];
        }

        @Override
        public void save(Path dir) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String binaryName() {
            return "none";
        }
    };

    @Test
    void uncappedShouldScoreWindowsUpToTheLimitAgainstTheTrueRul() {
        int limit = 60;
        long windows = 0;
        double squares = 0;
        for (EngineUnit u : units) {
            for (int end = RECIPE.window() - 1; end < u.length(); end++) {
                if (u.rulAt(end) <= limit) {
                    windows++;
                    squares += (double) u.rulAt(end) * u.rulAt(end);
                }
            }
        }

        RulMetrics m = RulEvaluation.onEveryWindowUncapped(zero, units, limit);

        assertThat(m.units()).isEqualTo(windows);
        assertThat(m.rmse()).isCloseTo(Math.sqrt(squares / windows), within(1e-9));
        assertThat(windows).as("the limit must cut some windows off for this test to mean anything")
                .isLessThan(units.stream().mapToInt(u -> u.length() - RECIPE.window() + 1).sum());
    }

    @Test
    void pooledShouldEqualTheMetricsOfAllItemsTogether() {
        RulMetrics a = RulMetrics.of(new double[] {1, 2}, new double[] {3, 2});
        RulMetrics b = RulMetrics.of(new double[] {10}, new double[] {4});
        RulMetrics all = RulMetrics.of(new double[] {1, 2, 10}, new double[] {3, 2, 4});

        RulMetrics pooled = RulMetrics.pooled(List.of(a, b));

        assertThat(pooled.units()).isEqualTo(3);
        assertThat(pooled.rmse()).isCloseTo(all.rmse(), within(1e-12));
        assertThat(pooled.score()).isCloseTo(all.score(), within(1e-12));
    }
}
