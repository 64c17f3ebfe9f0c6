package com.kcspeedshop.training.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.health.anomaly.FeatureVector;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnomalyPreprocessingTest {

    @Test
    void shouldKeepOnlyColumnsThatAreKnownAndVaryInTraining() {
        List<double[]> rows = Blobs.rows(200, 0, 1);
        rows.forEach(r -> r[Blobs.KNOWN] = 5); // known but constant
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i)[Blobs.KNOWN + 1] = i < 50 ? i : Double.NaN; // known in 25 % only
        }
        AnomalyPreprocessing prep = AnomalyPreprocessing.fit("isolation-forest", 1, rows);
        assertThat(prep.columns()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(prep.columnNames().get(0)).isEqualTo(FeatureVector.NAMES.get(0));
    }

    @Test
    void shouldStandardiseImputeUnknownAsTheMeanAndClip() {
        AnomalyPreprocessing prep = AnomalyPreprocessing.fit("isolation-forest", 1, Blobs.rows(500, 0, 1));
        double[] row = new double[FeatureVector.NAMES.size()];
        java.util.Arrays.fill(row, Double.NaN);
        row[0] = prep.mean()[0] + 2 * prep.std()[0];
        row[1] = prep.mean()[1] + 1000 * prep.std()[1];
        double[] x = prep.transform(row);
        assertThat(x[0]).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(x[1]).isEqualTo(AnomalyPreprocessing.CLIP);
        assertThat(x[2]).isZero();
    }

    @Test
    void shouldRefuseRowsOfAnotherLayoutAndInfiniteValues() {
        AnomalyPreprocessing prep = AnomalyPreprocessing.fit("isolation-forest", 1, Blobs.rows(50, 0, 1));
        assertThatThrownBy(() -> prep.transform(new double[3])).hasMessageContaining("expected "
                + FeatureVector.NAMES.size());
        double[] row = Blobs.rows(1, 0, 2).get(0);
        row[0] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> prep.transform(row)).hasMessageContaining("Infinity");
    }

    @Test
    void shouldRefuseTrainingDataWithNothingToLearn() {
        List<double[]> rows = Blobs.rows(10, 0, 1);
        rows.forEach(r -> java.util.Arrays.fill(r, Double.NaN));
        assertThatThrownBy(() -> AnomalyPreprocessing.fit("isolation-forest", 1, rows))
                .hasMessageContaining("nothing to learn");
    }

    @Test
    void shouldRoundTripThroughItsJsonFile(@TempDir Path dir) throws Exception {
        AnomalyPreprocessing prep = AnomalyPreprocessing.fit("lstm-autoencoder", 6, Blobs.rows(100, 0, 1))
                .withThreshold(0.123);
        prep.write(dir);
        assertThat(AnomalyPreprocessing.read(dir)).isEqualTo(prep);
    }
}
