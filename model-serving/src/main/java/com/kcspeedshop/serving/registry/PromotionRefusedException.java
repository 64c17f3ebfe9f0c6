package com.kcspeedshop.serving.registry;

/** A promotion the rules forbid; the message carries both models' figures so the operator sees why. */
public final class PromotionRefusedException extends RuntimeException {

    public PromotionRefusedException(String message) {
        super(message);
    }
}
