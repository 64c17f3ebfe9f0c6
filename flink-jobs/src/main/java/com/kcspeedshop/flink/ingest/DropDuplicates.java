package com.kcspeedshop.flink.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Drops events whose (source, sequence) was already seen, keyed by vehicle ({@link VehicleKey}). An event that carries
 * several sequences (a batch of readings) is dropped when all were seen and trimmed to the unseen ones when some were.
 * How, and what state that keeps: {@link SeenSequences}. Dropped events are counted in the {@value #DUPLICATES_METRIC}
 * metric (a trimmed batch is not).
 */
public final class DropDuplicates<T> extends KeyedProcessFunction<String, T, T> implements ResultTypeQueryable<T> {

    /** Operator metric: events dropped as duplicates. */
    public static final String DUPLICATES_METRIC = "duplicatesDropped";

    private static final long serialVersionUID = 1L;

    /** Sources remembered per vehicle. */
    static final int MAX_SOURCES = SeenSequences.MAX_SOURCES;

    private final EventKind<T> kind;
    private final Duration ttl;

    private transient ValueState<Map<String, Long>> highestSequence;
    private transient Counter duplicates;

    /** @param ttl how long a vehicle's source is remembered after its last new event; > 0 */
    public DropDuplicates(EventKind<T> kind, Duration ttl) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        stateDescriptor(ttl); // fails fast on a non-positive TTL
    }

    /** The state's descriptor, shared with the harness test so it inspects exactly this state. */
    static ValueStateDescriptor<Map<String, Long>> stateDescriptor(Duration ttl) {
        return SeenSequences.descriptor("highest-sequence-by-source", ttl);
    }

    @Override
    public void open(OpenContext openContext) {
        highestSequence = getRuntimeContext().getState(stateDescriptor(ttl));
        duplicates = getRuntimeContext().getMetricGroup().counter(DUPLICATES_METRIC);
    }

    @Override
    public void processElement(T event, Context ctx, Collector<T> out) throws Exception {
        T admitted = SeenSequences.admit(highestSequence, kind, event);
        if (admitted == null) {
            duplicates.inc();
            return;
        }
        out.collect(admitted);
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
