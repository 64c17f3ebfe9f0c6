package com.kcspeedshop.collector.poll;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often to poll each service 01 PID and which goes first when several are due, validated on construction.
 *
 * @param byPid       rate per PID; a supported PID missing here is polled at {@code otherHz}
 * @param otherHz     rate for PIDs without their own entry; 0.01..50 Hz, default 0.2 Hz
 */
public record PollRates(Map<Integer, Rate> byPid, double otherHz) {

    /** Highest rate accepted: an ELM327 on CAN answers some 25 requests per second at best. */
    public static final double MAX_HZ = 50;
    /** Lowest rate accepted: once every 100 s. */
    public static final double MIN_HZ = 0.01;

    /**
     * One PID's rate.
     *
     * @param hz       polls per second, 0.01..50
     * @param priority 0 = first when several PIDs are due at once; 0..9
     */
    public record Rate(double hz, int priority) {
        public Rate {
            requireHz(hz, "rate");
            if (priority < 0 || priority > 9) {
                throw new IllegalArgumentException("priority must be within 0..9, got " + priority);
            }
        }
    }

    public PollRates {
        requireHz(otherHz, "rate of other PIDs");
        TreeMap<Integer, Rate> copy = new TreeMap<>();
        byPid.forEach((pid, rate) -> {
            if (pid == null || pid < 0x01 || pid > 0xFF || pid % 0x20 == 0) {
                throw new IllegalArgumentException("a polled PID is 0x01..0xFF and not a bitmap (00, 20, 40 ...), got "
                        + pid);
            }
            copy.put(pid, java.util.Objects.requireNonNull(rate, "rate"));
        });
        byPid = Collections.unmodifiableMap(copy);
    }

    private static void requireHz(double hz, String what) {
        if (!(hz >= MIN_HZ && hz <= MAX_HZ)) {
            throw new IllegalArgumentException(what + " must be within " + MIN_HZ + ".." + MAX_HZ + " Hz, got " + hz);
        }
    }

    /**
     * RPM, speed, load and throttle at 5 Hz (priority 0); voltage, fuel trims and air flow at 1 Hz (priority 1);
     * temperatures and everything else at 0.2 Hz (priority 2).
     */
    public static PollRates defaults() {
        Map<Integer, Rate> rates = new TreeMap<>();
        for (int fast : new int[] {0x04, 0x0C, 0x0D, 0x11}) {
            rates.put(fast, new Rate(5, 0));
        }
        for (int medium : new int[] {0x06, 0x07, 0x10, 0x42}) {
            rates.put(medium, new Rate(1, 1));
        }
        for (int slow : new int[] {0x01, 0x05, 0x0F, 0x46, 0x5C}) {
            rates.put(slow, new Rate(0.2, 2));
        }
        return new PollRates(rates, 0.2);
    }

    /** Every PID at {@code hz}, same priority: for measuring how fast the adapter can go. */
    public static PollRates uniform(double hz) {
        return new PollRates(Map.of(), hz);
    }

    /** A copy with {@code pid} at {@code hz}, keeping its priority (or 1 for a PID without an entry). */
    public PollRates with(int pid, double hz) {
        Map<Integer, Rate> copy = new TreeMap<>(byPid);
        Rate old = byPid.get(pid);
        copy.put(pid, new Rate(hz, old == null ? 1 : old.priority()));
        return new PollRates(copy, otherHz);
    }

    /** The rate for {@code pid}. */
    public Rate rateOf(int pid) {
        Rate rate = byPid.get(pid);
        return rate != null ? rate : new Rate(otherHz, 3);
    }
}
