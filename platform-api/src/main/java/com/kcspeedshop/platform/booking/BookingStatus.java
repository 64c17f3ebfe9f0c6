package com.kcspeedshop.platform.booking;

/** HELD and CONFIRMED take the slot; CANCELLED and EXPIRED are history. */
public enum BookingStatus {
    HELD, CONFIRMED, CANCELLED, EXPIRED;

    public boolean takesSlot() {
        return this == HELD || this == CONFIRMED;
    }
}
