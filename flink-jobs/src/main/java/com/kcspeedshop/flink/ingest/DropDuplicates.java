package com.kcspeedshop.flink.ingest;

import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Drops events whose (source, sequence) was already seen, keyed by vehicle ({@link VehicleKey}).
 *
 * <p>State: per vehicle, the highest sequence seen per source, one {@code long} each, so state stays bounded however
 * many events a source sends. That is enough because per (vehicle, source) events arrive in the order they were sent
 * (see {@link VehicleKey}): a collector's journal replaying after an outage re-sends a run of sequences it already
 * sent, all at or below the highest one seen, followed by new ones. A set of seen sequences would also catch
 * out-of-order duplicates, but it grows with traffic and buys nothing when the order holds.
 *
 * <p>Each source's entry has a time-to-live, refreshed on every accepted event, so sources that went quiet are
 * forgotten. A
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
    private transient MapState<String, Long> highestSequence;
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
    static MapStateDescriptor<String, Long> stateDescriptor(Duration ttl) {
        MapStateDescriptor<String, Long> descriptor =
                new MapStateDescriptor<>("highest-sequence-by-source", Types.STRING, Types.LONG);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl)
                .updateTtlOnCreateAndWrite()
                .neverReturnExpired()
                // heap: each state access also checks a few other entries and removes the expired ones;
                // RocksDB: its compaction filter removes them. Snapshots leave expired entries out either way.
                .cleanupIncrementally(10, false)
                .cleanupInRocksdbCompactFilter(1000)
                .cleanupFullSnapshot()
                .build());
        return descriptor;
    }

    @Override
    public void open(OpenContext openContext) {
        highestSequence = getRuntimeContext().getMapState(stateDescriptor(ttl));
        duplicates = getRuntimeContext().getMetricGroup().counter(DUPLICATES_METRIC);
    }

    @Override
    public void processElement(T event, Context ctx, Collector<T> out) throws Exception {
        long sequence = kind.sequence(event);
        String source = kind.source(event);
        Long highest = highestSequence.get(source);
        if (highest != null && sequence <= highest) {
            duplicates.inc();
            return;
        }
        highestSequence.put(source, sequence);
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
