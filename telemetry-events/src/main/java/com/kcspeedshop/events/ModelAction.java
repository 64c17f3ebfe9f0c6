package com.kcspeedshop.events;

/** What a {@link ModelUpdate} announces about a model name. */
public enum ModelAction {
    /** This artifact is now the one to serve for its model name; it replaces the previous one. */
    PROMOTED,
    /** Stop serving the model name altogether; consumers fall back to what they do without a model. */
    RETIRED
}
