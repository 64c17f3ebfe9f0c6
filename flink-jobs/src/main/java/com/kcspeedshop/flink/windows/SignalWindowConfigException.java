package com.kcspeedshop.flink.windows;

/** A setting of the signal-windows job is missing or malformed. The message names the key and the expected form. */
public final class SignalWindowConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;

    SignalWindowConfigException(SignalWindowOption option, String problem) {
        this(option.key(), problem);
    }

    SignalWindowConfigException(String key, String problem) {
        super("--" + key + " " + problem);
        this.key = key;
    }

    /** The offending key, e.g. {@code kafka.bootstrap-servers}. */
    public String key() {
        return key;
    }
}
