package com.kcspeedshop.serving.scorer;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a scorer serves.
 *
 * @param name         the stable name clients ask for (e.g. {@code rul-fd001}); the registry's model name
 * @param id           the artifact id (e.g. {@code rul-FD001-tree-20261125T231900Z}), traceable to data, code and seed
 * @param kind         {@code rul-tree}, {@code rul-dl4j}, {@code ai4i-xgboost} or {@code ai4i-random-forest}
 * @param output       what the number means, e.g. {@code remaining useful life (cycles)}
 * @param featureNames one name per input column, in order
 * @param provenance   the artifact's {@code provenance.json} (empty when the folder has none, as golden test artifacts)
 */
public record ModelMetadata(String name, String id, String kind, String output, List<String> featureNames,
                            Map<String, Object> provenance) {

    public ModelMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        featureNames = List.copyOf(featureNames);
        provenance = provenance == null ? Map.of() : java.util.Collections.unmodifiableMap(provenance);
    }

    public int featureCount() {
        return featureNames.size();
    }
}
