package com.kcspeedshop.collector.obd;

import java.util.List;

/**
 * The values of one PID of service 01 (current data) or 02 (freeze frame).
 *
 * @param ecu     the ECU that answered
 * @param service 0x01 or 0x02 (the request service, not the 0x41/0x42 response byte)
 * @param pid     the parameter id
 * @param values  the decoded values, in wire order
 * @param frame   the freeze frame number for service 02, -1 for service 01
 */
public record PidValues(String ecu, int service, int pid, List<DecodedValue> values, int frame)
        implements ObdDecodeResult {

    public PidValues {
        values = List.copyOf(values);
    }

    /** The value named {@code name}, or null. */
    public DecodedValue value(String name) {
        return values.stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }
}
