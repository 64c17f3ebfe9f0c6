package com.kcspeedshop.collector.obd;

/** Which DTC memory a list came from: the request service decides it. */
public enum DtcKind {
    /** Service 03: confirmed codes. */
    STORED(0x03),
    /** Service 07: pending codes, seen in the current or last drive cycle. */
    PENDING(0x07),
    /** Service 0A: permanent codes, which a clear (service 04) cannot erase. */
    PERMANENT(0x0A);

    private final int service;

    DtcKind(int service) {
        this.service = service;
    }

    /** The request service byte. */
    public int service() {
        return service;
    }
}
