package com.kcspeedshop.health;

/** A byte array that is not a {@link VehicleHealthState} this version can read; the message says why. */
public final class StateCodecException extends IllegalArgumentException {

    public StateCodecException(String message, Throwable cause) {
        super(message, cause);
    }

    public StateCodecException(String message) {
        super(message);
    }
}
