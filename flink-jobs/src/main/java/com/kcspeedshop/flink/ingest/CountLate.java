package com.kcspeedshop.flink.ingest;

import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.metrics.Counter;

/**
 * Counts events an event-time operator downstream of the ingest stage found late (its own late side output), in the
 * same {@value RouteLate#LATE_METRIC} metric {@link RouteLate} uses, so every late event is counted once whichever
 * operator caught it.
 */
public final class CountLate<T> extends RichMapFunction<T, T> implements ResultTypeQueryable<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private transient Counter late;

    public CountLate(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    @Override
    public void open(OpenContext openContext) {
        late = getRuntimeContext().getMetricGroup().counter(RouteLate.LATE_METRIC);
    }

    @Override
    public T map(T event) {
        late.inc();
        return event;
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return TypeInformation.of(type);
    }
}
