package com.kcspeedshop.serving.api;

import com.kcspeedshop.serving.scorer.ModelMetadata;
import java.util.List;
import java.util.Map;

/** A served model as {@code GET /v1/models} lists it. */
public record ModelView(String name, String id, String kind, String output, int featureCount,
                        List<String> featureNames, Map<String, Object> provenance) {

    static ModelView of(ModelMetadata m) {
        return new ModelView(m.name(), m.id(), m.kind(), m.output(), m.featureCount(), m.featureNames(),
                m.provenance());
    }
}
