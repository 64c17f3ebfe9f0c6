package com.kcspeedshop.collector.elm327.response;

/** Names messages whose sender is not printed (headers off): {@code unknown-1}, {@code unknown-2}, ... */
final class UnknownEcus {

    static final String PREFIX = "unknown-";

    private int count;

    String next() {
        count++;
        return PREFIX + count;
    }
}
