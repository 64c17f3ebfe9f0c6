package com.kcspeedshop.flink.config;

/** A setting that is missing or malformed; the message names the key, what was expected and what was given. */
public final class JobConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public JobConfigException(String key, String problem) {
        super("--" + key + " " + problem);
        this.key = key;
    }

    /** The offending key. */
    public String key() {
        return key;
    }
}
