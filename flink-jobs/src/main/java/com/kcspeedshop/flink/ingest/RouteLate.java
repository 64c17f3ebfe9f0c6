package com.kcspeedshop.flink.ingest;

import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Sends events the watermark has already passed to a side output instead of downstream, and counts them in the
 * {@value #LATE_METRIC} metric. Flink's watermark t promises that no event with a timestamp at or before t follows, so an
 * event with {@code timestamp <= watermark} is late: every event-time operator downstream has already acted as if it
 * did not exist.
 *
 * <p>Stateless; it reads the watermark this subtask has received. Downstream event-time operators combine the
 * watermarks of all subtasks and so normally lag this one, but when an input that was idle resumes they can be ahead of
 * it: a job keeps its own late handling as a safety net (the signal-windows job sends its window-late readings to the
 * same topic).
 */
public final class RouteLate<T> extends ProcessFunction<T, T> implements ResultTypeQueryable<T> {

    /** Operator metric: events routed to the late side output. */
    public static final String LATE_METRIC = "lateEvents";

    private static final long serialVersionUID = 1L;

    private final EventKind<T> kind;
    private final OutputTag<T> lateTag;
    private transient Counter late;

    public RouteLate(EventKind<T> kind, OutputTag<T> lateTag) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.lateTag = Objects.requireNonNull(lateTag, "lateTag");
    }

    @Override
    public void open(OpenContext openContext) {
        late = getRuntimeContext().getMetricGroup().counter(LATE_METRIC);
    }

    @Override
    public void processElement(T event, Context ctx, Collector<T> out) {
        if (kind.eventTimeMillis(event) <= ctx.timerService().currentWatermark()) {
            late.inc();
            ctx.output(lateTag, event);
            return;
        }
        out.collect(event);
    }

    /** Late events this instance has routed; for tests. */
    long lateCount() {
        return late.getCount();
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return TypeInformation.of(kind.type());
    }
}
