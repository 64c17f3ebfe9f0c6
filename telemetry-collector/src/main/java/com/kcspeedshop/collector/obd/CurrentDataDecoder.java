package com.kcspeedshop.collector.obd;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Services 01 and 02: walks the PIDs of one response back to back, using each PID's length from {@link PidTable}.
 * Service 02 carries a frame number after every PID. A PID the table does not know, or too few bytes, ends the walk
 * with a {@link DecodeError} holding the rest of the message; what was decoded before it is kept.
 */
final class CurrentDataDecoder {

    private CurrentDataDecoder() {
    }

    static List<ObdDecodeResult> decode(String ecu, int service, byte[] message) {
        boolean freezeFrame = service == 0x02;
        int header = freezeFrame ? 2 : 1; // PID [+ frame]
        List<ObdDecodeResult> out = new ArrayList<>();
        int at = 1; // after the response service byte
        if (message.length == 1) {
            out.add(error(ecu, service, "response carries no PID", message, 0));
        }
        while (at < message.length) {
            int pid = message[at] & 0xFF;
            PidSpec spec = PidTable.lookup(pid);
            if (spec == null) {
                out.add(error(ecu, service, String.format("unknown PID 0x%02X", pid), message, at));
                break;
            }
            if (at + header + spec.length() > message.length) {
                out.add(error(ecu, service, String.format("PID 0x%02X needs %d data bytes, %d left", pid,
                        spec.length(), Math.max(0, message.length - at - header)), message, at));
                break;
            }
            int frame = freezeFrame ? message[at + 1] & 0xFF : -1;
            PidData data = new PidData(message, at + header, spec.length());
            out.add(spec.isBitmap()
                    ? new SupportedPids(ecu, service, pid, bitmap(data, pid))
                    : new PidValues(ecu, service, pid, spec.decode(data), frame));
            at += header + spec.length();
        }
        return out;
    }

    /** Bit 7 of the first byte is id base+1, bit 0 of the last byte is id base+0x20. */
    static SortedSet<Integer> bitmap(PidData data, int base) {
        SortedSet<Integer> ids = new TreeSet<>();
        for (int i = 0; i < 32; i++) {
            if (data.bit(i / 8, 7 - i % 8)) {
                ids.add(base + i + 1);
            }
        }
        return ids;
    }

    private static DecodeError error(String ecu, int service, String reason, byte[] message, int from) {
        return new DecodeError(ecu, service, reason, Hex.of(message, from, message.length));
    }
}
