package com.kcspeedshop.platform.vehicle;

/** What a caller wants to do to one vehicle; {@link VehicleAccess} decides. */
public enum VehicleAction {
    /** Latest signal windows over REST, live windows over the WebSocket. */
    READ_SIGNALS,
    /** Registration details: decoded VIN, odometer, authorised workshops. */
    READ_DETAILS,
    /** Record a new odometer reading. */
    UPDATE_ODOMETER,
    /** Authorise or revoke workshops. */
    MANAGE_WORKSHOPS,
    /** Acknowledge or resolve the vehicle's alerts. */
    HANDLE_ALERTS,
    /** Assign the vehicle's alerts to a technician. */
    ASSIGN_ALERTS,
    /** Book a workshop slot for the vehicle. */
    BOOK,
    /** Create or delete maintenance schedules and log services. */
    MAINTAIN
}
