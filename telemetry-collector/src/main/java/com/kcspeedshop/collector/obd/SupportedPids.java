package com.kcspeedshop.collector.obd;

import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Collections;

/**
 * A "supported PIDs" bitmap (PID 0x00, 0x20, ... of services 01/02, MID 0x00, 0x20 ... of service 06, info type 0x00
 * ... of service 09) turned into the set of ids it announces. Bit 7 of the first data byte is id {@code base + 1}.
 *
 * @param ecu     the ECU that answered
 * @param service the request service (0x01, 0x02, 0x06 or 0x09)
 * @param base    the bitmap's own id (0x00, 0x20 ...)
 * @param ids     the ids announced as supported, from {@code base + 1} to {@code base + 0x20}
 */
public record SupportedPids(String ecu, int service, int base, SortedSet<Integer> ids) implements ObdDecodeResult {

    public SupportedPids {
        ids = Collections.unmodifiableSortedSet(new TreeSet<>(ids));
    }

    /** True when the ECU says it also answers the next bitmap ({@code base + 0x20}). */
    public boolean announcesNextRange() {
        return ids.contains(base + 0x20);
    }
}
