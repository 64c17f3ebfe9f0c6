package com.kcspeedshop.collector.elm327.emulator;

import java.util.Set;

/** The control units on the emulated car's bus and the service 01 PIDs each supports. */
enum Ecu {
    /** Engine control module: answers on 7E8. */
    ENGINE(0x7E8, Set.of(0x01, 0x04, 0x05, 0x06, 0x07, 0x0C, 0x0D, 0x0F, 0x10, 0x11, 0x42)),
    /** Transmission control module: answers on 7E9; reports vehicle speed only. */
    TRANSMISSION(0x7E9, Set.of(0x0D));

    private final int responseId;
    private final Set<Integer> pids;

    Ecu(int responseId, Set<Integer> pids) {
        this.responseId = responseId;
        this.pids = pids;
    }

    int responseId() {
        return responseId;
    }

    /**
     * True for a live PID and for the bitmap PIDs (00, 20, 40...) that lead to one.
     *
     * @param absent PIDs this car's variant lacks ({@link EmulatorSettings#absentPids()})
     */
    boolean supports(int pid, Set<Integer> absent) {
        if (pid % 0x20 != 0) {
            return pids.contains(pid) && !absent.contains(pid);
        }
        return pids.stream().anyMatch(p -> p > pid && !absent.contains(p));
    }

    /** The 4-byte "PIDs supported [pid+1 .. pid+0x20]" bitmap: bit 31 is pid+1. */
    byte[] bitmap(int base, Set<Integer> absent) {
        long bits = 0;
        for (int pid = base + 1; pid <= base + 0x20; pid++) {
            if (supports(pid, absent)) {
                bits |= 1L << (31 - (pid - base - 1));
            }
        }
        return new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits};
    }
}
