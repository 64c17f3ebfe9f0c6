package com.kcspeedshop.collector.sim;

/** What a simulated car is doing. Only {@link #PARKED} has the engine off. */
enum Phase {
    PARKED,
    /** Starter motor turning: low RPM, battery voltage dips. */
    CRANKING,
    /** Idling after a start before driving off; a cold engine idles higher. */
    WARM_UP_IDLE,
    ACCELERATING,
    CRUISING,
    DECELERATING,
    /** Idling at a light or in traffic, engine running, speed 0. */
    STOPPED;

    boolean engineOn() {
        return this != PARKED;
    }

    /** Engine running on its own (not being cranked), so the alternator charges. */
    boolean engineRunning() {
        return this != PARKED && this != CRANKING;
    }
}
