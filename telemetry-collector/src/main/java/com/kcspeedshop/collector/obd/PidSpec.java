package com.kcspeedshop.collector.obd;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the service 01/02 PID table: id, data length, what it is, its numeric signals and, for bit-encoded PIDs,
 * a decoder of its states. A row with neither (see {@link #raw}) is a PID whose length is standard but whose fields we
 * do not decode: its bytes are kept as text so a multi-PID response can still be walked past it.
 */
record PidSpec(int pid, int length, String description, List<SignalSpec> signals, StateDecoder states) {

    /** Bit-encoded or enumerated fields of a PID. */
    @FunctionalInterface
    interface StateDecoder {
        List<DecodedValue> decode(PidData data);
    }

    static final StateDecoder NO_STATES = d -> List.of();

    PidSpec {
        signals = List.copyOf(signals);
    }

    static PidSpec row(int pid, int length, String description, SignalSpec... signals) {
        return new PidSpec(pid, length, description, List.of(signals), NO_STATES);
    }

    static PidSpec bits(int pid, int length, String description, StateDecoder states, SignalSpec... signals) {
        return new PidSpec(pid, length, description, List.of(signals), states);
    }

    static PidSpec raw(int pid, int length, String description) {
        return new PidSpec(pid, length, description, List.of(),
                d -> List.of(new DecodedValue("RAW_DATA", d.length(), "", d.hex())));
    }

    /** A supported-PIDs bitmap row (0x00, 0x20 ... 0xC0): 4 bytes, decoded to a {@link SupportedPids}. */
    static PidSpec bitmap(int pid) {
        return new PidSpec(pid, 4, String.format("PIDs supported [%02X-%02X]", pid + 1, pid + 0x20), List.of(),
                NO_STATES);
    }

    /** True for the supported-PIDs bitmap rows. */
    boolean isBitmap() {
        return pid % 0x20 == 0;
    }

    /** Signals (skipping absent ones) then states, in table order. */
    List<DecodedValue> decode(PidData data) {
        List<DecodedValue> out = new ArrayList<>();
        for (SignalSpec signal : signals) {
            double value = signal.formula().of(data);
            if (!Double.isNaN(value)) {
                out.add(DecodedValue.measured(signal.name(), value, signal.unit()));
            }
        }
        out.addAll(states.decode(data));
        return out;
    }
}
