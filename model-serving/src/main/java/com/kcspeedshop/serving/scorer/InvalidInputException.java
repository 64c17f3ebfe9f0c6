package com.kcspeedshop.serving.scorer;

/** Input a scorer refuses, with a message that says which row and value and what was expected. */
public final class InvalidInputException extends IllegalArgumentException {

    /** Why, so callers (the REST layer) can map it to a status without parsing the message. */
    public enum Reason {
        MISSING,
        FEATURE_COUNT,
        NOT_FINITE
    }

    private final Reason reason;

    public InvalidInputException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
