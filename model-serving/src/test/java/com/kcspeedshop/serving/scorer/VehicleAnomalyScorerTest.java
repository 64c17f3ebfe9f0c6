package com.kcspeedshop.serving.scorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.health.anomaly.FeatureVector;
import com.kcspeedshop.training.anomaly.AnomalyModel;
import com.kcspeedshop.training.anomaly.AnomalyPreprocessing;
import com.kcspeedshop.training.anomaly.IsolationForestModel;
import com.kcspeedshop.training.anomaly.IsolationForestTrainer;
import com.kcspeedshop.training.anomaly.LstmAutoencoderModel;
import com.kcspeedshop.training.anomaly.LstmAutoencoderTrainer;
import com.kcspeedshop.training.rul.TrainingProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vehicle anomaly artifacts written by model-training load through {@link Scorers} and score the same numbers. */
class VehicleAnomalyScorerTest {

    /** One vehicle's intervals: 6 known features in slow waves plus noise, the rest unknown (NaN). */
    private static List<FeatureVector> trip(int n, double shift, long seed) {
        Random r = new Random(seed);
        List<FeatureVector> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] v = new double[FeatureVector.NAMES.size()];
            Arrays.fill(v, Double.NaN);
            for (int c = 0; c < 6; c++) {
                v[c] = 10 * (c + 1) + 3 * Math.sin(i / 5.0 + c) + shift + 0.2 * r.nextGaussian();
            }
            out.add(FeatureVector.of(v, 1_000_000L + i * 10_000L));
        }
        return out;
    }

    private static List<double[]> rows(List<FeatureVector> vectors) {
        return vectors.stream().map(FeatureVector::toArray).toList();
    }

    private static IsolationForestModel forest(Path dir) throws Exception {
        List<double[]> rows = rows(trip(300, 0, 1));
        AnomalyPreprocessing prep = AnomalyPreprocessing.fit(IsolationForestModel.KIND, 1, rows).withThreshold(0.6);
        IsolationForestModel model = new IsolationForestTrainer(30, 64, 0)
                .fit(rows.stream().map(prep::transform).toArray(double[][]::new), prep, 5);
        model.save(dir);
        return model;
    }

    @Test
    void shouldScoreAnIsolationForestArtifactExactlyAsTrainingDoesAndThroughTheEngineAdapter(@TempDir Path dir)
            throws Exception {
        IsolationForestModel trained = forest(dir);
        Scorer scorer = Scorers.load(dir, null, "vehicle-anomaly");
        assertThat(scorer).isInstanceOf(VehicleAnomalyScorer.class);
        assertThat(scorer.metadata().kind()).isEqualTo("anomaly-isolation-forest");
        assertThat(scorer.metadata().featureNames()).isEqualTo(FeatureVector.NAMES);

        List<FeatureVector> probe = trip(20, 4, 9);
        double[] expected = trained.scoreTrip(probe);
        double[] served = scorer.predict(rows(probe).toArray(double[][]::new));
        assertThat(served).containsExactly(expected);

        ScorerAnomalyAdapter adapter = ScorerAnomalyAdapter.of((VehicleAnomalyScorer) scorer);
        assertThat(adapter.threshold()).isEqualTo(0.6);
        assertThat(adapter.score(probe.get(3))).isEqualTo(expected[3]);
        assertThat(adapter.score(probe.get(3))).as("NaN features are unknown, not a refusal").isFinite();
    }

    @Test
    void shouldRefuseInfiniteValuesAndWrongLengthsButAcceptUnknowns(@TempDir Path dir) throws Exception {
        forest(dir);
        Scorer scorer = Scorers.load(dir, null, "vehicle-anomaly");
        double[] row = trip(1, 0, 3).get(0).toArray();
        assertThat(scorer.predict(row)).isFinite();
        row[0] = Double.NEGATIVE_INFINITY;
        assertThatThrownBy(() -> scorer.predict(row)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.reason()).isEqualTo(InvalidInputException.Reason.NOT_FINITE));
        assertThatThrownBy(() -> scorer.predict(new double[] {1, 2})).isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.reason()).isEqualTo(InvalidInputException.Reason.FEATURE_COUNT));
    }

    @Test
    void shouldScoreAnAutoencoderOnTheWindowsAnIntervalWindowBuildsAsTrainingDoes(@TempDir Path dir)
            throws Exception {
        LstmAutoencoderTrainer trainer = new LstmAutoencoderTrainer(3, 4, 2, 2, 64, 1e-2, Duration.ofMinutes(1));
        List<FeatureVector> train = trip(80, 0, 1);
        AnomalyPreprocessing prep = AnomalyPreprocessing.fit(LstmAutoencoderModel.KIND, 3, rows(train))
                .withThreshold(2.0);
        double[][] x = rows(train).stream().map(prep::transform).toArray(double[][]::new);
        LstmAutoencoderModel trained = trainer.fit(trainer.windows(List.<double[][]>of(x)), trainer.windows(List.<double[][]>of(x)), prep, 3,
                TrainingProgress.NONE).model();
        trained.save(dir);

        VehicleAnomalyScorer scorer = (VehicleAnomalyScorer) Scorers.load(dir, null, "vehicle-anomaly-ae");
        assertThat(scorer.window()).isEqualTo(3);
        assertThat(scorer.metadata().featureCount()).isEqualTo(3 * FeatureVector.NAMES.size());
        assertThat(scorer.metadata().featureNames().get(0)).isEqualTo("t-2." + FeatureVector.NAMES.get(0));

        List<FeatureVector> probe = trip(10, 2, 4);
        double[] expected = AnomalyModel.load(dir).scoreTrip(probe);
        IntervalWindow window = new IntervalWindow(3);
        for (int i = 0; i < probe.size(); i++) {
            double[] row = window.push(probe.get(i));
            if (i < 2) {
                assertThat(row).isNull();
                assertThat(expected[i]).isNaN();
            } else {
                assertThat(scorer.predict(row)).as("interval %d", i).isEqualTo(expected[i]);
            }
        }
        assertThatThrownBy(() -> ScorerAnomalyAdapter.of(scorer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IntervalWindow");
    }
}
