package com.kcspeedshop.training.failure;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.datasets.ai4i.Ai4iRecord;
import com.kcspeedshop.datasets.ai4i.FailureMode;
import com.kcspeedshop.datasets.ai4i.ProductType;
import com.kcspeedshop.training.artifact.Provenance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synthetic AI4I rows with a known rule: a heat-dissipation failure exactly when the process-air temperature difference
 * is below 8.6 K and the speed below 1380 rpm (the rule the dataset description states), about 12 % of rows. Both
 * trainers must find it; the other targets have no positives at all, which a run must survive.
 */
class FailureTrainersTest {

    private static List<Ai4iRecord> rows(int n, long seed) {
        Random random = new Random(seed);
        List<Ai4iRecord> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            double air = 298 + random.nextGaussian() * 2;
            double process = air + 8 + random.nextDouble() * 2;
            double rpm = 1300 + random.nextDouble() * 200;
            boolean hdf = process - air < 8.6 && rpm < 1380;
            Set<FailureMode> modes = hdf ? EnumSet.of(FailureMode.HDF) : EnumSet.noneOf(FailureMode.class);
            rows.add(new Ai4iRecord(i, "L" + i, ProductType.values()[i % 3], air, process, rpm,
                    40 + random.nextGaussian() * 5, random.nextInt(200), hdf, modes));
        }
        return rows;
    }

    @Test
    void foldsShouldEachHoldTheirShareOfPositives() {
        boolean[] y = new boolean[100];
        for (int i = 0; i < 10; i++) {
            y[i * 7] = true;
        }
        int[] fold = StratifiedFolds.assign(y, 5, 1);
        for (int f = 0; f < 5; f++) {
            int current = f;
            long positives = java.util.stream.IntStream.range(0, 100).filter(i -> fold[i] == current && y[i]).count();
            long size = java.util.stream.IntStream.range(0, 100).filter(i -> fold[i] == current).count();
            assertThat(positives).isEqualTo(2);
            assertThat(size).isEqualTo(20);
        }
    }

    @Test
    void costThresholdShouldFollowTheCostRatio() {
        assertThat(CrossValidation.costThreshold(1)).isEqualTo(0.5);
        assertThat(CrossValidation.costThreshold(9)).isEqualTo(0.1);
    }

    @Test
    void bothTrainersShouldFindTheHeatDissipationRuleOutOfFold() {
        List<Ai4iRecord> rows = rows(600, 3);
        double[][] x = rows.stream().map(Ai4iFeatures::of).toArray(double[][]::new);
        boolean[] y = FailureTraining.labels(rows, FailureTarget.HDF);
        for (BinaryTrainer trainer : List.of(new TribuoXgboostTrainer(30, 0.3, 3), new SmileForestTrainer(30, 8, 2))) {
            double[] p = CrossValidation.outOfFold(trainer, x, y, 3, 5);
            assertThat(BinaryMetrics.of(y, p, 0.5).f1()).as(trainer.name()).isGreaterThan(0.8);
        }
    }

    @Test
    void aFoldWithOneClassShouldGetAConstantModelNotACrash() {
        double[][] x = {{1}, {2}, {3}, {4}};
        boolean[] y = {false, false, false, false};
        double[] p = CrossValidation.outOfFold(new SmileForestTrainer(5, 3, 2), x, y, 2, 1);
        assertThat(p).containsOnly(0.0);
    }

    @Test
    void savedModelsShouldPredictTheSameAfterReload(@TempDir Path dir) throws Exception {
        List<Ai4iRecord> rows = rows(300, 4);
        double[][] x = rows.stream().map(Ai4iFeatures::of).toArray(double[][]::new);
        boolean[] y = FailureTraining.labels(rows, FailureTarget.MACHINE_FAILURE);

        ProbabilityModel xgb = new TribuoXgboostTrainer(10, 0.3, 3).fit(x, y, 1);
        xgb.save(dir.resolve("m.tribuo"));
        assertThat(TribuoXgboostTrainer.TribuoModel.load(dir.resolve("m.tribuo")).probability(x))
                .containsExactly(xgb.probability(x));

        ProbabilityModel forest = new SmileForestTrainer(10, 6, 2).fit(x, y, 1);
        forest.save(dir.resolve("m.smile.ser"));
        assertThat(SmileForestTrainer.ForestModel.load(dir.resolve("m.smile.ser")).probability(x))
                .containsExactly(forest.probability(x));
    }

    @Test
    void aRunShouldReportEveryTargetForEveryTrainerAndWriteProvenance(@TempDir Path dir) throws Exception {
        List<Ai4iRecord> rows = rows(300, 6);
        FailureTraining.Run run = new FailureTraining(List.of(new TribuoXgboostTrainer(5, 0.3, 2),
                new SmileForestTrainer(5, 4, 2)), 3, 10, 1).run(rows, List.of(), "t", dir,
                        com.kcspeedshop.training.rul.TrainingProgress.NONE);
        assertThat(run.results()).hasSize(2 * FailureTarget.values().length);
        assertThat(run.results()).allSatisfy(r -> assertThat(r.threshold()).isEqualTo(1.0 / 11));
        Map<String, Object> provenance = Provenance.read(dir);
        assertThat(provenance).containsKeys("data", "features", "models", "seed", "libraries", "metrics");
        assertThat(dir.resolve("machine-failure-xgboost.tribuo")).exists();
        assertThat(dir.resolve("machine-failure-random-forest.smile.ser")).exists();
    }
}
