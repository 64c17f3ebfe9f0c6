package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.ModelUpdate;
import com.kcspeedshop.flink.models.ModelLoader;
import com.kcspeedshop.health.anomaly.AnomalyScorer;

/**
 * The hook where a promoted anomaly model becomes an {@link AnomalyScorer}. Model-serving's embeddable scorer does not
 * exist yet, so the only loader, {@link #AWAITING_MODEL_SERVING}, refuses every artifact: {@code ModelSwappingFunction}
 * counts the failure ({@code modelLoadFailures}), logs it and the job keeps scoring with the statistical detector
 * alone ({@link AnomalyScorer#NONE}). When model-serving ships its scorer, implement this interface with it and pass
 * it to {@code HealthJob}.
 */
public interface AnomalyModelLoader extends ModelLoader<AnomalyScorer> {

    /** Name of the anomaly model on {@code models.updates.v1}; updates for other model names are ignored. */
    String MODEL_NAME = "vehicle-anomaly";

    /** Refuses every artifact with a message saying why; the job keeps {@link AnomalyScorer#NONE}. */
    AnomalyModelLoader AWAITING_MODEL_SERVING = update -> {
        throw new UnsupportedOperationException("no loader for model " + update.modelId()
                + ": model-serving's embeddable AnomalyScorer does not exist yet; scoring stays statistical");
    };

    @Override
    AnomalyScorer load(ModelUpdate update) throws Exception;
}
