package com.kcspeedshop.collector.elm327.session;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff between attempts to re-open a dropped link, with jitter so a fleet of collectors that lost the
 * same WiFi does not retry in lock-step.
 *
 * @param initialDelay wait before the first retry; 1 ms..60 s, default 500 ms
 * @param maxDelay     cap on any wait; at least {@code initialDelay}, at most 10 min; default 30 s
 * @param maxAttempts  opens tried by one {@code connect()} before giving up; 1..1000, default 8
 * @param seed         seed of the jitter, fixed so a test or an incident can be replayed; default 1
 */
public record ReconnectPolicy(Duration initialDelay, Duration maxDelay, int maxAttempts, long seed) {

    public ReconnectPolicy {
        if (initialDelay == null || initialDelay.toMillis() < 1 || initialDelay.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new IllegalArgumentException("initial reconnect delay must be within 1 ms..60 s, got " + initialDelay);
        }
        if (maxDelay == null || maxDelay.compareTo(initialDelay) < 0 || maxDelay.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("max reconnect delay must be within the initial delay ("
                    + initialDelay.toMillis() + " ms) and 10 min, got " + maxDelay);
        }
        if (maxAttempts < 1 || maxAttempts > 1000) {
            throw new IllegalArgumentException("reconnect attempts must be within 1..1000, got " + maxAttempts);
        }
    }

    public static ReconnectPolicy defaults() {
        return new ReconnectPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 8, 1L);
    }

    /** A fresh delay sequence. */
    Backoff newBackoff() {
        return new Backoff(this, new Random(seed));
    }

    /** Delays for one run of retries: equal jitter, i.e. half the capped exponential step plus a random half. */
    static final class Backoff {
        private final ReconnectPolicy policy;
        private final Random random;
        private int retries;

        Backoff(ReconnectPolicy policy, Random random) {
            this.policy = policy;
            this.random = random;
        }

        Duration next() {
            long cap = policy.maxDelay().toMillis();
            // shift capped at 30 so 2^n cannot overflow before the cap applies
            long step = Math.min(cap, policy.initialDelay().toMillis() << Math.min(30, retries));
            retries++;
            long half = step / 2;
            return Duration.ofMillis(half + (long) (random.nextDouble() * (step - half + 1)));
        }
    }
}
