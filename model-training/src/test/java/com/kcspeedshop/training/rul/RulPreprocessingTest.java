package com.kcspeedshop.training.rul;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.kcspeedshop.datasets.cmapss.EngineUnit;
import com.kcspeedshop.training.testdata.SyntheticCmapss;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulPreprocessingTest {

    @Test
    void shouldFindSixConditionsAndKeepOnlyTheSensorsThatMove() {
        List<EngineUnit> units = SyntheticCmapss.units(10, 1, 6);
        RulPreprocessing prep = RulPreprocessing.fit(units, RulRecipe.DEFAULT);
        assertThat(prep.conditions()).hasNumberOfRows(6);
        assertThat(prep.sensors()).containsExactly(2, 3);
    }

    @Test
    void shouldFindOneConditionWhenSettingsOnlyJitter() {
        RulPreprocessing prep = RulPreprocessing.fit(SyntheticCmapss.units(5, 1, 1), RulRecipe.DEFAULT);
        assertThat(prep.conditions()).hasNumberOfRows(1);
    }

    @Test
    void shouldRemoveTheConditionOffsetByNormalisingWithinEachCondition() {
        List<EngineUnit> units = SyntheticCmapss.units(20, 2, 6);
        RulPreprocessing prep = RulPreprocessing.fit(units, RulRecipe.DEFAULT);
        // the last cycle of every unit has the same wear whatever its condition, so after normalisation s2 agrees
        double first = prep.normalise(units.get(0))[units.get(0).length() - 1][0];
        for (EngineUnit u : units) {
            assertThat(prep.normalise(u)[u.length() - 1][0]).isCloseTo(first, within(0.1));
        }
    }

    @Test
    void minMaxShouldMapEachConditionsTrainingCyclesOntoMinusOneToOne() {
        List<EngineUnit> units = SyntheticCmapss.units(20, 2, 6);
        RulPreprocessing prep = RulPreprocessing.fit(units, RulRecipe.DEFAULT.withScaling(Scaling.MIN_MAX));

        assertThat(prep.scaling()).isEqualTo("min-max");
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE};
        for (EngineUnit u : units) {
            for (double[] row : prep.normalise(u)) {
                for (int j = 0; j < row.length; j++) {
                    min[j] = Math.min(min[j], row[j]);
                    max[j] = Math.max(max[j], row[j]);
                }
            }
        }
        // each condition's extremes land on -1 and +1, so over all conditions the range is exactly [-1, 1]
        assertThat(min).containsExactly(new double[] {-1, -1}, within(1e-9));
        assertThat(max).containsExactly(new double[] {1, 1}, within(1e-9));
        // and the condition offset is gone as with z-scores: the same wear reads the same in every condition
        double first = prep.normalise(units.get(0))[units.get(0).length() - 1][0];
        for (EngineUnit u : units) {
            assertThat(prep.normalise(u)[u.length() - 1][0]).isCloseTo(first, within(0.1));
        }
    }

    @Test
    void preprocessingSavedBeforeScalingExistedShouldLoadAsZScoresAndAnUnknownScalingShouldFail() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        String old = """
                {"window":10,"rulCap":40,"conditions":[[0,0,100]],"sensors":[2],"mean":[[600]],"std":[[5]]}""";
        RulPreprocessing prep = json.readValue(old, RulPreprocessing.class);
        assertThat(prep.scaling()).isEqualTo("z-score");
        // nor trend channels: the sequence input of every artifact before them is the smoothed sensors alone
        assertThat(prep.trendSmoothing()).isZero();
        assertThat(prep.sequenceChannels()).isEqualTo(2);

        RulPreprocessing minMax = RulPreprocessing.fit(SyntheticCmapss.units(5, 1, 1),
                RulRecipe.DEFAULT.withScaling(Scaling.MIN_MAX));
        assertThat(json.readValue(json.writeValueAsString(minMax), RulPreprocessing.class).scaling())
                .isEqualTo("min-max");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.readValue(old.replace("}",
                ",\"scaling\":\"log\"}"), RulPreprocessing.class)).hasMessageContaining("scaling must be one of");
    }

    @Test
    void trendChannelsShouldFollowTheSmoothedSensorsAndBeACausalSlowerSmoothingOfThem() {
        List<EngineUnit> units = SyntheticCmapss.units(10, 5, 1);
        RulPreprocessing plain = RulPreprocessing.fit(units, RulRecipe.DEFAULT.withTrendSmoothing(0));
        RulPreprocessing trend = RulPreprocessing.fit(units, RulRecipe.DEFAULT.withTrendSmoothing(0.05));
        EngineUnit unit = units.get(0);

        double[][] x = trend.normalise(unit);
        double[][] withTrend = trend.sequenceInput(unit);
        double[][] without = plain.sequenceInput(unit);
        int sensors = trend.featureCount();
        assertThat(trend.sequenceChannels()).isEqualTo(2 * sensors + 1);
        assertThat(plain.sequenceChannels()).isEqualTo(sensors + 1);
        assertThat(withTrend).hasNumberOfRows(unit.length());
        double[] slow = x[0].clone();
        for (int t = 0; t < unit.length(); t++) {
            assertThat(withTrend[t]).hasSize(2 * sensors);
            // the first half is exactly the input without trend channels
            assertThat(java.util.Arrays.copyOf(withTrend[t], sensors)).containsExactly(without[t], within(1e-12));
            for (int j = 0; j < sensors; j++) {
                if (t > 0) {
                    slow[j] = 0.05 * x[t][j] + 0.95 * slow[j];
                }
                assertThat(withTrend[t][sensors + j]).as("cycle %d sensor %d", t, j).isCloseTo(slow[j], within(1e-9));
            }
        }
        // causal: a unit cut after cycle 20 has the same first 20 rows
        double[][] prefix = trend.sequenceInput(new EngineUnit(unit.unit(), unit.cycles().subList(0, 20)));
        for (int t = 0; t < 20; t++) {
            assertThat(prefix[t]).containsExactly(withTrend[t], within(1e-12));
        }
        // the normalised input is not touched
        assertThat(trend.normalise(unit)).isDeepEqualTo(x);
    }

    @Test
    void trendSmoothingShouldRoundTripThroughTheArtifactJsonAndRejectWeightsOutsideZeroToOne() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        RulPreprocessing trend = RulPreprocessing.fit(SyntheticCmapss.units(5, 1, 1),
                RulRecipe.DEFAULT.withTrendSmoothing(0.03));
        assertThat(json.readValue(json.writeValueAsString(trend), RulPreprocessing.class).trendSmoothing())
                .isEqualTo(0.03);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RulRecipe.DEFAULT.withTrendSmoothing(1.0))
                .hasMessageContaining("trendSmoothing must be in [0, 1)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RulRecipe.DEFAULT.withTrendSmoothing(-0.1))
                .hasMessageContaining("trendSmoothing must be in [0, 1)");
    }

    @Test
    void shouldCapTheLabel() {
        EngineUnit unit = SyntheticCmapss.units(1, 3, 1).get(0);
        RulPreprocessing prep = RulPreprocessing.fit(List.of(unit), new RulRecipe(30, 10, 0.2, 1));
        assertThat(prep.label(unit, 0)).isEqualTo(10);
        assertThat(prep.label(unit, unit.length() - 1)).isZero();
        assertThat(prep.label(unit, unit.length() - 4)).isEqualTo(3);
    }

    @Test
    void shouldSplitByUnitWithNoUnitOnBothSidesAndTheSameSplitForTheSameSeed() {
        List<EngineUnit> units = SyntheticCmapss.units(30, 4, 1);
        UnitSplit split = UnitSplit.of(units, 0.2, 7);
        Set<Integer> train = new HashSet<>(split.train().stream().map(EngineUnit::unit).toList());
        assertThat(split.validation()).hasSize(6).noneMatch(u -> train.contains(u.unit()));
        assertThat(train).hasSize(24);
        assertThat(UnitSplit.of(units, 0.2, 7).validation()).isEqualTo(split.validation());
    }

    @Test
    void shouldScoreLatePredictionsHarderThanEarlyOnes() {
        RulMetrics late = RulMetrics.of(new double[] {60}, new double[] {50});
        RulMetrics early = RulMetrics.of(new double[] {40}, new double[] {50});
        assertThat(late.rmse()).isEqualTo(early.rmse()).isEqualTo(10.0);
        assertThat(late.score()).isCloseTo(Math.exp(1) - 1, within(1e-12));
        assertThat(early.score()).isCloseTo(Math.exp(10.0 / 13) - 1, within(1e-12));
    }
}
