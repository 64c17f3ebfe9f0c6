package com.kcspeedshop.flink.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * Duplicate detection by (source, sequence) in keyed state, for any operator keyed by vehicle: {@link DropDuplicates}
 * and the health operator, which does it itself to save a network hop.
 *
 * <p>State: per vehicle, the highest sequence seen per source, one {@code long} each, so state stays bounded however
 * many events a source sends; at most {@value #MAX_SOURCES} sources per vehicle (beyond that the one with the lowest
 * sequence, in practice the longest silent since collectors count from the epoch microsecond, is forgotten). That is
 * enough because per (vehicle, source) events arrive in the order they were sent (see {@link VehicleKey}): a
 * collector's journal replaying after an outage re-sends a run of sequences it already sent, all at or below the
 * highest one seen, followed by new ones. A set of seen sequences would also catch out-of-order duplicates, but it
 * grows with traffic and buys nothing when the order holds.
 *
 * <p>A vehicle's entry has a time-to-live, refreshed on every accepted event, so vehicles that went quiet are
 * forgotten. One value per vehicle rather than map state per source: TTL cleanup then checks a timestamp per vehicle
 * instead of rewriting per-source maps, which profiling showed to be a fifth of the job's time. A duplicate that
 * arrives more than the TTL after its source's last new event is let through: choose a TTL longer than the longest
 * outage a collector's journal bridges.
 */
public final class SeenSequences {

    /** Sources remembered per vehicle. */
    public static final int MAX_SOURCES = 64;

    /** {@link #admit(Map, String, long)}: the source had not been seen (or was forgotten). */
    public static final long NEW_SOURCE = -1;
    /** {@link #admit(Map, String, long)}: every sequence of the event had been seen. */
    public static final long ALL_SEEN = Long.MIN_VALUE;

    private SeenSequences() {
    }

    /** The state's descriptor; {@code name} keeps two kinds in one operator apart. */
    public static ValueStateDescriptor<Map<String, Long>> descriptor(String name, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("duplicate TTL must be positive, got " + ttl);
        }
        ValueStateDescriptor<Map<String, Long>> descriptor =
                new ValueStateDescriptor<>(name, Types.MAP(Types.STRING, Types.LONG));
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl)
                .updateTtlOnCreateAndWrite()
                .neverReturnExpired()
                // heap: each state access also checks a few other entries and removes the expired ones;
                // RocksDB: its compaction filter removes them. Snapshots leave expired entries out either way.
                .cleanupIncrementally(2, false)
                .cleanupInRocksdbCompactFilter(1000)
                .cleanupFullSnapshot()
                .build());
        return descriptor;
    }

    /**
     * The part of {@code event} not seen yet (the event, a trimmed batch, or null when all of it was seen), recording
     * it in {@code state} of the current key.
     */
    public static <T> T admit(ValueState<Map<String, Long>> state, EventKind<T> kind, T event) throws IOException {
        Map<String, Long> bySource = state.value();
        if (bySource == null) {
            bySource = new HashMap<>(4);
        }
        T admitted = admit(bySource, kind, event);
        if (admitted != null) {
            state.update(bySource); // the heap backend copies on write during a snapshot, so in place is safe
        }
        return admitted;
    }

    /** As {@link #admit(ValueState, EventKind, Object)}, on a vehicle's map of highest sequence by source. */
    public static <T> T admit(Map<String, Long> bySource, EventKind<T> kind, T event) {
        long seen = admit(bySource, kind.source(event), kind.sequence(event));
        if (seen == ALL_SEEN) {
            return null;
        }
        return seen == NEW_SOURCE ? event : kind.after(event, seen); // a batch partly re-sent keeps its new readings
    }

    /**
     * Records an event from {@code source} whose highest sequence is {@code highest} (sequences are never negative),
     * for a caller that trims the event itself.
     *
     * @return the highest sequence seen from the source before: the caller keeps the event's readings above it;
     *         {@link #NEW_SOURCE} if none (keep all of it); {@link #ALL_SEEN} if the event holds nothing newer (drop
     *         it; nothing is recorded)
     */
    public static long admit(Map<String, Long> bySource, String source, long highest) {
        Long seen = bySource.get(source);
        if (seen != null) {
            if (highest <= seen) {
                return ALL_SEEN;
            }
        } else if (bySource.size() >= MAX_SOURCES) {
            bySource.values().remove(Collections.min(bySource.values()));
        }
        bySource.put(source, highest);
        return seen != null ? seen : NEW_SOURCE;
    }
}
