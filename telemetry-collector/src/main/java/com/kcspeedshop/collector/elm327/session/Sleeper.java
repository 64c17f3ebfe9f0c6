package com.kcspeedshop.collector.elm327.session;

import java.time.Duration;

/** Waits; injected so tests of backoff and pacing run without real sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** The real one. */
    Sleeper SYSTEM = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

    void sleep(Duration duration) throws InterruptedException;
}
