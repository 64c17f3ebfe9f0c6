package com.kcspeedshop.collector.obd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The service 01/02 PID table, assembled from its range files. Invariants (tested): ids are unique, every numeric
 * signal name is unique across the table, and every data length is 1..41.
 */
final class PidTable {

    private static final Map<Integer, PidSpec> BY_PID = build();
    private static final Map<String, SignalSpec> BY_SIGNAL = signals();

    private PidTable() {
    }

    private static Map<Integer, PidSpec> build() {
        List<PidSpec> rows = new ArrayList<>();
        rows.addAll(PidRows00.rows());
        rows.addAll(PidRows40.rows());
        rows.addAll(PidRows68.rows());
        rows.addAll(PidRows80.rows());
        Map<Integer, PidSpec> map = new TreeMap<>();
        for (PidSpec row : rows) {
            if (map.put(row.pid(), row) != null) {
                throw new IllegalStateException(String.format("PID 0x%02X is in the table twice", row.pid()));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, SignalSpec> signals() {
        Map<String, SignalSpec> map = new TreeMap<>();
        for (PidSpec row : BY_PID.values()) {
            for (SignalSpec signal : row.signals()) {
                if (map.put(signal.name(), signal) != null) {
                    throw new IllegalStateException("signal " + signal.name() + " is in the table twice");
                }
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** The row of {@code pid}, or null if the table does not know it. */
    static PidSpec lookup(int pid) {
        return BY_PID.get(pid);
    }

    /** The numeric signal named {@code name}, or null. */
    static SignalSpec signal(String name) {
        return BY_SIGNAL.get(name);
    }

    /** All rows in PID order. */
    static List<PidSpec> rows() {
        return List.copyOf(BY_PID.values());
    }
}
