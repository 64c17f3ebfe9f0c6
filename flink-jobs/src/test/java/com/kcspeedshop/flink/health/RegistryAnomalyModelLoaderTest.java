package com.kcspeedshop.flink.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.ModelAction;
import com.kcspeedshop.events.ModelUpdate;
import com.kcspeedshop.health.anomaly.AnomalyScorer;
import com.kcspeedshop.health.anomaly.FeatureVector;
import com.kcspeedshop.serving.registry.ArtifactIntegrityException;
import com.kcspeedshop.serving.registry.ArtifactStoreSettings;
import com.kcspeedshop.serving.registry.FolderArtifactStore;
import com.kcspeedshop.training.artifact.Provenance;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader without Flink: store → sha256 check → scorer → the engine's view of it, and each refusal's reason. */
class RegistryAnomalyModelLoaderTest {

    @TempDir
    static Path tmp;
    static Path trained;

    @BeforeAll
    static void train() throws Exception {
        trained = TinyAnomalyModel.write(tmp.resolve("trained"), "rpm-model", 500, 3);
    }

    private static ModelUpdate update(URI artifact) {
        return new ModelUpdate(AnomalyModelLoader.MODEL_NAME, "m1", ModelAction.PROMOTED, artifact.toString(),
                Instant.parse("2026-11-26T00:00:00Z"));
    }

    private static FeatureVector vector(double rpmMean) {
        double[] v = new double[FeatureVector.NAMES.size()];
        Arrays.fill(v, Double.NaN); // everything else unknown: the model must read only its own column
        v[FeatureVector.NAMES.indexOf(TinyAnomalyModel.FEATURE)] = rpmMean;
        return FeatureVector.of(v, 0);
    }

    @Test
    void shouldScoreTheEnginesVectorWithTheStoredModelAndItsThreshold() throws Exception {
        Path root = tmp.resolve("store-ok");
        URI uri = new FolderArtifactStore(root).put("rpm-model.xgboost", trained);
        RegistryAnomalyModelLoader loader = new RegistryAnomalyModelLoader(ArtifactStoreSettings.folder(root));

        AnomalyScorer scorer = loader.load(update(URI.create(uri + "#xgboost")));

        assertThat(scorer.id()).isEqualTo(AnomalyModelLoader.MODEL_NAME + "@rpm-model#xgboost");
        assertThat(scorer.threshold()).isEqualTo(0.5);
        assertThat(scorer.score(vector(800))).isGreaterThan(0.9);
        assertThat(scorer.score(vector(100))).isLessThan(0.1);
        assertThat(scorer.score(vector(Double.NaN))).as("unknown feature: cannot tell").isNaN();
    }

    @Test
    void shouldRefuseAnArtifactChangedInTheStore() throws Exception {
        Path root = tmp.resolve("store-damaged");
        URI uri = new FolderArtifactStore(root).put("rpm-model.xgboost", trained);
        Files.writeString(root.resolve("rpm-model.xgboost").resolve(TinyAnomalyModel.FILE), "x");

        assertThatThrownBy(() -> new RegistryAnomalyModelLoader(ArtifactStoreSettings.folder(root))
                .load(update(uri))).isInstanceOf(ArtifactIntegrityException.class).hasMessageContaining("sha256");
    }

    @Test
    void shouldRefuseAModelWithoutThresholdOrReadingAFeatureTheEngineDoesNotCompute() throws Exception {
        Path root = tmp.resolve("store-bad");
        FolderArtifactStore store = new FolderArtifactStore(root);
        RegistryAnomalyModelLoader loader = new RegistryAnomalyModelLoader(ArtifactStoreSettings.folder(root));

        Path noThreshold = copyWithProvenance("no-threshold", Map.of("features", List.of(TinyAnomalyModel.FEATURE)));
        assertThatThrownBy(() -> loader.load(update(store.put("a", noThreshold))))
                .hasMessageContaining("no anomaly threshold").hasMessageContaining("'threshold'");

        Path oddFeature = copyWithProvenance("odd-feature", Map.of("features", List.of("OIL_PRESSURE.mean.10s"),
                "threshold", 0.5));
        assertThatThrownBy(() -> loader.load(update(store.put("b", oddFeature))))
                .hasMessageContaining("OIL_PRESSURE.mean.10s").hasMessageContaining("does not compute");

        assertThatThrownBy(() -> loader.load(update(root.resolve("missing").toUri())))
                .hasMessageContaining("gone");
    }

    /** The trained model with its provenance replaced by {@code fields} (plus the layout keys Scorers needs). */
    private static Path copyWithProvenance(String name, Map<String, Object> fields) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.copy(trained.resolve(TinyAnomalyModel.FILE), dir.resolve(TinyAnomalyModel.FILE));
        Provenance p = new Provenance().put("id", name).put("task", "ai4i-failure")
                .put("models", Map.of("xgboost", Map.of("file", TinyAnomalyModel.FILE)));
        fields.forEach(p::put);
        p.write(dir);
        return dir;
    }

    @Test
    void shouldLoadAVehicleIsolationForestWithTheThresholdItCarries() throws Exception {
        java.util.List<double[]> rows = new java.util.ArrayList<>();
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 300; i++) {
            double[] v = new double[FeatureVector.NAMES.size()];
            Arrays.fill(v, Double.NaN);
            for (int c = 0; c < 6; c++) {
                v[c] = 10 * (c + 1) + 3 * Math.sin(i / 5.0 + c) + 0.2 * r.nextGaussian();
            }
            rows.add(v);
        }
        var prep = com.kcspeedshop.training.anomaly.AnomalyPreprocessing.fit(
                com.kcspeedshop.training.anomaly.IsolationForestModel.KIND, 1, rows).withThreshold(0.6);
        Path dir = tmp.resolve("forest");
        new com.kcspeedshop.training.anomaly.IsolationForestTrainer(30, 64, 0)
                .fit(rows.stream().map(prep::transform).toArray(double[][]::new), prep, 5).save(dir);
        Path root = tmp.resolve("store-forest");
        URI uri = new FolderArtifactStore(root).put("forest-1", dir);

        AnomalyScorer scorer = new RegistryAnomalyModelLoader(ArtifactStoreSettings.folder(root)).load(update(uri));

        assertThat(scorer.threshold()).isEqualTo(0.6);
        double[] far = rows.get(0).clone();
        for (int c = 0; c < 6; c++) {
            far[c] += 100;
        }
        assertThat(scorer.score(FeatureVector.of(far, 0))).isGreaterThan(scorer.score(FeatureVector.of(rows.get(0), 0)));
    }
}
