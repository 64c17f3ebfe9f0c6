package com.kcspeedshop.training.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.health.anomaly.FeatureVector;
import com.kcspeedshop.health.evaluation.RecordedTrips;
import com.kcspeedshop.training.testdata.SyntheticTrips;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntervalFeaturesTest {

    @Test
    void shouldGiveOneEngineFeatureVectorPerClosedTenSecondInterval(@TempDir Path dir) throws Exception {
        SyntheticTrips.write(dir, 1, 3, 1);
        RecordedTrips.Trip trip = RecordedTrips.load(dir).get(0);
        List<FeatureVector> vectors = IntervalFeatures.of(trip.readings());
        // 180 s of readings: the intervals before the one in progress at the last reading are closed and scored
        assertThat(vectors).hasSizeBetween(16, 18);
        for (int i = 1; i < vectors.size(); i++) {
            assertThat(vectors.get(i).atMs() - vectors.get(i - 1).atMs()).isEqualTo(10_000);
        }
        assertThat(vectors.get(0).atMs() % 10_000).isZero();
        int coolant = FeatureVector.NAMES.indexOf("COOLANT_TEMP.mean.10s");
        assertThat(coolant).isNotNegative();
        assertThat(vectors.get(vectors.size() - 1).get(coolant)).isBetween(60.0, 95.0);
    }

    @Test
    void shouldSplitByTripPositionTwoTrainOneValidationOneTest() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7).stream().map(TripSplit::of).toList()).containsExactly(
                TripSplit.TRAIN, TripSplit.TRAIN, TripSplit.VALIDATION, TripSplit.TEST,
                TripSplit.TRAIN, TripSplit.TRAIN, TripSplit.VALIDATION, TripSplit.TEST);
    }
}
