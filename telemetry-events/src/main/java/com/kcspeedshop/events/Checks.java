package com.kcspeedshop.events;

/** Argument checks shared by the records' compact constructors. */
final class Checks {

    private Checks() {
    }

    static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static <T> T notNull(T value, String name) {
        if (value == null) {
            // not requireNonNull(value, name + "..."): that builds the message on every call, in every constructor
            throw new NullPointerException(name + " must not be null");
        }
        return value;
    }

    static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + value);
        }
        return value;
    }
}
