package com.kcspeedshop.serving.registry;

/** Where a registered model is in its life: registered, serving, or replaced. */
public enum Stage {
    CANDIDATE,
    CHAMPION,
    ARCHIVED
}
