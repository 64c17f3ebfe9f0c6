package com.kcspeedshop.events;

/** Which OBD-II service a DTC list came from. */
public enum DtcKind {
    /** Service 03: confirmed, stored codes (the MIL may be on). */
    STORED,
    /** Service 07: pending codes, seen once, not yet confirmed. */
    PENDING,
    /** Service 0A: permanent codes, cleared only by the ECU itself. */
    PERMANENT
}
