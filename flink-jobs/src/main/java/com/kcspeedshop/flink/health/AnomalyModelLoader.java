package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.ModelUpdate;
import com.kcspeedshop.flink.models.ModelLoader;
import com.kcspeedshop.health.anomaly.AnomalyScorer;

/**
 * The hook where a promoted anomaly model becomes an {@link AnomalyScorer}. Production uses
 * {@link RegistryAnomalyModelLoader} (the registry's artifact store + model-serving's scorer), wired by
 * {@code HealthJob.wireProduction} from the {@code models.*} options. {@link #AWAITING_MODEL_SERVING} refuses every
 * artifact, so a job built with it (replay, benchmarks, unit tests) scores with the statistical detector alone
 * ({@link AnomalyScorer#NONE}); a refusal is counted, logged and dead-lettered by {@code ModelSwappingFunction}.
 */
public interface AnomalyModelLoader extends ModelLoader<AnomalyScorer> {

    /** Name of the anomaly model on {@code models.updates.v1}; updates for other model names are ignored. */
    String MODEL_NAME = "vehicle-anomaly";

    /** Refuses every artifact with a message saying why; the job keeps {@link AnomalyScorer#NONE}. */
    AnomalyModelLoader AWAITING_MODEL_SERVING = update -> {
        throw new UnsupportedOperationException("no loader for model " + update.modelId()
                + ": this job was built without an artifact store (statistical scoring only)");
    };

    @Override
    AnomalyScorer load(ModelUpdate update) throws Exception;
}
