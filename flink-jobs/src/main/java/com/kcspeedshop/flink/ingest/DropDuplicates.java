package com.kcspeedshop.flink.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Drops events whose (source, sequence) was already seen, keyed by vehicle ({@link VehicleKey}). An event that carries
 * several sequences (a batch of readings) is dropped when all were seen and trimmed to the unseen ones when some were.
 *
 * <p>State: per vehicle, the highest sequence seen per source, one {@code long} each, so state stays bounded however
 * many events a source sends; at most {@value #MAX_SOURCES} sources per vehicle (beyond that the one with the lowest
 * sequence, in practice the longest silent since collectors count from the epoch microsecond, is forgotten). That is enough because per (vehicle, source) events arrive in the order they were sent
 * (see {@link VehicleKey}): a collector's journal replaying after an outage re-sends a run of sequences it already
 * sent, all at or below the highest one seen, followed by new ones. A set of seen sequences would also catch
 * out-of-order duplicates, but it grows with traffic and buys nothing when the order holds.
 *
 * <p>A vehicle's entry has a time-to-live, refreshed on every accepted event, so vehicles that went quiet are
 * forgotten. One value per vehicle rather than map state per source: TTL cleanup then checks a timestamp per vehicle
 * instead of rewriting per-source maps, which profiling showed to be a fifth of the job's time. A
 * duplicate that arrives more than the TTL after its source's last new event is let through: choose a TTL longer than
 * the longest outage a collector's journal bridges. Dropped duplicates are counted in the {@value #DUPLICATES_METRIC}
 * metric.
 */
public final class DropDuplicates<T> extends KeyedProcessFunction<String, T, T> implements ResultTypeQueryable<T> {

    /** Operator metric: events dropped as duplicates. */
    public static final String DUPLICATES_METRIC = "duplicatesDropped";

    private static final long serialVersionUID = 1L;

    private final EventKind<T> kind;
    private final Duration ttl;
    /** Sources remembered per vehicle. */
    static final int MAX_SOURCES = 64;

    private transient ValueState<Map<String, Long>> highestSequence;
    private transient Counter duplicates;

    /** @param ttl how long a vehicle's source is remembered after its last new event; > 0 */
    public DropDuplicates(EventKind<T> kind, Duration ttl) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("duplicate TTL must be positive, got " + ttl);
        }
    }

    /** The state's descriptor, shared with the harness test so it inspects exactly this state. */
    static ValueStateDescriptor<Map<String, Long>> stateDescriptor(Duration ttl) {
        ValueStateDescriptor<Map<String, Long>> descriptor =
                new ValueStateDescriptor<>("highest-sequence-by-source", Types.MAP(Types.STRING, Types.LONG));
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

    @Override
    public void open(OpenContext openContext) {
        highestSequence = getRuntimeContext().getState(stateDescriptor(ttl));
        duplicates = getRuntimeContext().getMetricGroup().counter(DUPLICATES_METRIC);
    }

    @Override
    public void processElement(T event, Context ctx, Collector<T> out) throws Exception {
        String source = kind.source(event);
        Map<String, Long> bySource = highestSequence.value();
        Long highest = bySource == null ? null : bySource.get(source);
        if (highest != null) {
            T newer = kind.after(event, highest);
            if (newer == null) {
                duplicates.inc();
                return;
            }
            event = newer; // a batch partly re-sent keeps only its readings not seen yet
        }
        long sequence = kind.sequence(event);
        if (bySource == null) {
            bySource = new HashMap<>(4);
        } else if (highest == null && bySource.size() >= MAX_SOURCES) {
            bySource.values().remove(java.util.Collections.min(bySource.values()));
        }
        bySource.put(source, sequence);
        highestSequence.update(bySource); // the heap backend copies on write during a snapshot, so in place is safe
        out.collect(event);
    }

    /** Duplicates this instance has dropped; for tests. */
    long droppedCount() {
        return duplicates.getCount();
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return TypeInformation.of(kind.type());
    }
}
