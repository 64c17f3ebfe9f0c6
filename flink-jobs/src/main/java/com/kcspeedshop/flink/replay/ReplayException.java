package com.kcspeedshop.flink.replay;

/** An input or option the replay cannot use; the message says which and why. */
final class ReplayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ReplayException(String message) {
        super(message);
    }

    ReplayException(String message, Throwable cause) {
        super(message, cause);
    }
}
