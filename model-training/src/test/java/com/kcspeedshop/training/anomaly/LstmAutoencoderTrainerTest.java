package com.kcspeedshop.training.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.health.anomaly.FeatureVector;
import com.kcspeedshop.training.rul.TrainingProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One tiny autoencoder (seconds), shared by the tests: it must reconstruct normal windows better than shifted ones. */
class LstmAutoencoderTrainerTest {

    private static final LstmAutoencoderTrainer TINY = new LstmAutoencoderTrainer(4, 8, 15, 15, 256, 1e-2,
            Duration.ofMinutes(1));
    private static LstmAutoencoderModel model;

    @BeforeAll
    static void train() {
        List<List<double[]>> trips = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            trips.add(Blobs.trip(120, 0, t));
        }
        List<double[]> rows = new ArrayList<>();
        trips.forEach(rows::addAll);
        AnomalyPreprocessing prep = AnomalyPreprocessing.fit(LstmAutoencoderModel.KIND, TINY.window(), rows)
                .withThreshold(1.0);
        List<double[][]> transformed = trips.stream()
                .map(trip -> trip.stream().map(prep::transform).toArray(double[][]::new)).toList();
        List<double[][]> windows = TINY.windows(transformed.subList(0, 5));
        List<double[][]> validation = TINY.windows(transformed.subList(5, 6));
        model = TINY.fit(windows, validation, prep, 11, TrainingProgress.NONE).model();
    }

    private static double meanScore(AnomalyModel m, List<double[]> trip) {
        List<FeatureVector> vectors = new ArrayList<>();
        for (int i = 0; i < trip.size(); i++) {
            vectors.add(FeatureVector.of(trip.get(i), i * 10_000L));
        }
        return Arrays.stream(m.scoreTrip(vectors)).filter(Double::isFinite).average().orElseThrow();
    }

    @Test
    void shouldReconstructNormalWindowsBetterThanShiftedOnes() {
        double normal = meanScore(model, Blobs.trip(60, 0, 100));
        double shifted = meanScore(model, Blobs.trip(60, 2, 100));
        assertThat(shifted).as("shifted %s vs normal %s", shifted, normal).isGreaterThan(3 * normal);
    }

    @Test
    void shouldScoreNothingBeforeTheFirstFullWindow() {
        List<FeatureVector> vectors = new ArrayList<>();
        List<double[]> trip = Blobs.trip(6, 0, 5);
        for (int i = 0; i < trip.size(); i++) {
            vectors.add(FeatureVector.of(trip.get(i), i * 10_000L));
        }
        double[] scores = model.scoreTrip(vectors);
        assertThat(Arrays.stream(scores, 0, 3).filter(s -> !Double.isNaN(s)).count()).isZero();
        assertThat(scores[3]).isFinite();
    }

    @Test
    void shouldScoreTheSameAfterSaveAndLoad(@TempDir Path dir) throws Exception {
        model.save(dir);
        AnomalyModel loaded = AnomalyModel.load(dir);
        assertThat(loaded).isInstanceOf(LstmAutoencoderModel.class);
        assertThat(loaded.preprocessing()).isEqualTo(model.preprocessing());
        List<double[]> trip = Blobs.trip(20, 1, 77);
        List<FeatureVector> vectors = new ArrayList<>();
        for (int i = 0; i < trip.size(); i++) {
            vectors.add(FeatureVector.of(trip.get(i), i * 10_000L));
        }
        assertThat(loaded.scoreTrip(vectors)).containsExactly(model.scoreTrip(vectors));
    }
}
