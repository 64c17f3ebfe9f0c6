package com.kcspeedshop.collector.obd;

import java.util.List;
import java.util.Optional;

/** What the service 01 PID table says about a PID, for people (the {@code scan} command) and for plans and tests. */
public final class PidCatalog {

    private PidCatalog() {
    }

    /** The PID's description, e.g. {@code Engine speed} for 0x0C; empty when the table does not know it. */
    public static Optional<String> describe(int pid) {
        return Optional.ofNullable(PidTable.lookup(pid)).map(PidSpec::description);
    }

    /** The names of the numeric signals (readings) one answer for {@code pid} yields, e.g. {@code [ENGINE_RPM]}. */
    public static List<String> signals(int pid) {
        PidSpec spec = PidTable.lookup(pid);
        return spec == null ? List.of() : spec.signals().stream().map(SignalSpec::name).toList();
    }

    /** True for the "PIDs supported" bitmaps 0x00, 0x20, 0x40 ...: they say what exists and measure nothing. */
    public static boolean isBitmap(int pid) {
        return pid % 0x20 == 0;
    }
}
