package com.kcspeedshop.platform.identity;

/**
 * The roles a caller can hold, as they appear in the JWT's roles claim (the enum constant's name).
 *
 * <p>Fleet-wide roles read every vehicle's telemetry; workshop staff belong to one workshop (the tenant) and see the
 * vehicles whose owners authorised that workshop; an owner sees the vehicles registered to them.
 */
public enum Role {
    VEHICLE_OWNER,
    TECHNICIAN,
    WORKSHOP_ADMIN,
    DATA_SCIENTIST,
    OPERATOR;

    /** Reads telemetry of every vehicle, whoever owns it. */
    public boolean fleetWide() {
        return this == DATA_SCIENTIST || this == OPERATOR;
    }

    /** Works for exactly one workshop and acts on vehicles its owners authorised. */
    public boolean workshopStaff() {
        return this == TECHNICIAN || this == WORKSHOP_ADMIN;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
