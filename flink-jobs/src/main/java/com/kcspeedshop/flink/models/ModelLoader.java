package com.kcspeedshop.flink.models;

import com.kcspeedshop.events.ModelUpdate;
import java.io.Serializable;

/**
 * Turns a promoted model's artifact into something that scores, e.g. the embeddable scorer model-serving provides.
 * Serializable because it travels inside the operator; the scorer it returns never leaves its task.
 *
 * @param <S> the loaded scorer
 */
@FunctionalInterface
public interface ModelLoader<S> extends Serializable {

    /** Reads {@link ModelUpdate#artifact()}; throws when it cannot, and the operator keeps its previous scorer. */
    S load(ModelUpdate update) throws Exception;
}
