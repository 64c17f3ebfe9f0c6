package com.kcspeedshop.collector.elm327.session;

/** Every attempt to open the link and run init failed; the message says what the last attempt saw. */
public final class AdapterUnavailableException extends Exception {

    public AdapterUnavailableException(String message) {
        super(message);
    }
}
