package com.kcspeedshop.collector.poll;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The service 01 PIDs each ECU announced in its "PIDs supported" bitmaps, without the bitmap PIDs themselves.
 *
 * @param byEcu ECU (e.g. {@code 7E8}) to its PIDs, in the order the ECUs first answered
 */
public record DiscoveredPids(Map<String, SortedSet<Integer>> byEcu) {

    public DiscoveredPids {
        Map<String, SortedSet<Integer>> copy = new LinkedHashMap<>();
        byEcu.forEach((ecu, pids) -> copy.put(ecu, Collections.unmodifiableSortedSet(new TreeSet<>(pids))));
        byEcu = Collections.unmodifiableMap(copy);
    }

    /** Every PID some ECU answers: one request reaches all ECUs, so this is what a plan polls. */
    public SortedSet<Integer> union() {
        SortedSet<Integer> all = new TreeSet<>();
        byEcu.values().forEach(all::addAll);
        return Collections.unmodifiableSortedSet(all);
    }

    public boolean isEmpty() {
        return union().isEmpty();
    }
}
