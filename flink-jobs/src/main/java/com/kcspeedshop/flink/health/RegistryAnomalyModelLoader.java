package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.ModelUpdate;
import com.kcspeedshop.health.anomaly.AnomalyScorer;
import com.kcspeedshop.health.anomaly.FeatureVector;
import com.kcspeedshop.serving.registry.ArtifactStore;
import com.kcspeedshop.serving.registry.ArtifactStoreSettings;
import com.kcspeedshop.serving.scorer.ModelLoadException;
import com.kcspeedshop.serving.scorer.Scorer;
import com.kcspeedshop.serving.scorer.ScorerAnomalyAdapter;
import com.kcspeedshop.serving.scorer.Scorers;
import com.kcspeedshop.serving.scorer.VehicleAnomalyScorer;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The production {@link AnomalyModelLoader}: a promoted anomaly model's artifact is fetched from the registry's
 * artifact store ({@link ArtifactStoreSettings}: a folder, or S3 with credentials from the task manager's environment),
 * which checks every file against the artifact's {@code SHA256SUMS}; model-serving's {@link Scorers} loads it (the URI
 * fragment picks a variant, as in the registry); {@link ScorerAnomalyAdapter} gives it the engine's shape, reading the
 * model's own columns out of the engine's {@link FeatureVector} ({@link FeatureColumns}).
 *
 * <p>The score threshold is the artifact's: {@code provenance.json} key {@value #THRESHOLD_KEY} (a number), at the top
 * level or in the variant's entry under {@code models}. Anything missing or wrong throws with the reason, which
 * {@code ModelSwappingFunction} sends to the dead-letter topic while the previous model keeps scoring.
 */
public final class RegistryAnomalyModelLoader implements AnomalyModelLoader {

    /** Where an artifact states the score at or above which it raises an anomaly. */
    public static final String THRESHOLD_KEY = "threshold";
    private static final long serialVersionUID = 1L;

    private final ArtifactStoreSettings settings;
    private transient ArtifactStore store; // opened on the task manager, where the credentials are

    public RegistryAnomalyModelLoader(ArtifactStoreSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public AnomalyScorer load(ModelUpdate update) throws Exception {
        URI uri = update.artifact();
        Path dir = store().fetch(uri);
        Scorer scorer;
        try {
            scorer = Scorers.load(dir, uri.getFragment(), update.modelName());
        } catch (LinkageError e) {
            // the job jar carries Tribuo, XGBoost and Smile, not DL4J (see flink-jobs/pom.xml)
            throw new ModelLoadException("model type of " + uri + " is not packaged with the Flink job: " + e, e);
        }
        if (scorer instanceof VehicleAnomalyScorer vehicle) {
            // a vehicle anomaly model carries its own threshold and reads the whole FeatureVector; a windowed one
            // (the LSTM autoencoder) is refused by the adapter: the engine calls a scorer once per interval
            return ScorerAnomalyAdapter.of(vehicle);
        }
        double threshold = threshold(scorer, uri.getFragment());
        return FeatureColumns.of(scorer.metadata().featureNames())
                .scorer(new ScorerAnomalyAdapter(scorer, threshold));
    }

    private synchronized ArtifactStore store() throws java.io.IOException {
        if (store == null) {
            store = settings.open(System.getenv());
        }
        return store;
    }

    private static double threshold(Scorer scorer, String variant) throws ModelLoadException {
        Map<String, Object> provenance = scorer.metadata().provenance();
        Object value = provenance.get(THRESHOLD_KEY);
        if (value == null && variant != null && provenance.get("models") instanceof Map<?, ?> models
                && models.get(variant) instanceof Map<?, ?> entry) {
            value = entry.get(THRESHOLD_KEY);
        }
        if (!(value instanceof Number n) || Double.isNaN(n.doubleValue())) {
            throw new ModelLoadException("artifact " + scorer.metadata().id() + " states no anomaly threshold: "
                    + "provenance.json needs a number under '" + THRESHOLD_KEY + "' (top level or models." + variant
                    + "), got " + value);
        }
        return n.doubleValue();
    }

    @Override
    public String toString() {
        return "RegistryAnomalyModelLoader[" + settings + "]";
    }
}
