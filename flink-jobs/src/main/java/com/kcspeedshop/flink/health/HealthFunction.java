package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.flink.models.ModelSwappingFunction;
import com.kcspeedshop.health.HealthOutputs;
import com.kcspeedshop.health.VehicleHealthEngine;
import com.kcspeedshop.health.VehicleHealthState;
import com.kcspeedshop.health.anomaly.AnomalyScorer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The keyed health operator: one {@link VehicleHealthState} per VIN, fed to the {@link VehicleHealthEngine}. Health
 * scores are the main output, anomalies and alerts side outputs.
 *
 * <p><b>Order.</b> Events wait in keyed state until the watermark passes their capture time and are then applied in
 * (capture time, reading before report, arrival) order: the order {@code HealthReference} merges the two streams in, so
 * output is the same whatever the interleaving of the readings and DTC topics, across restarts too. The price is
 * latency: an event is scored once the watermark (newest event minus the out-of-orderness) passes it.
 *
 * <p><b>Timers.</b> An event-time timer at each buffered event's capture time, and one at the end of the scoring
 * interval in progress, which calls {@link VehicleHealthEngine#flush} so the last interval of a trip is scored without
 * waiting for the vehicle's next reading. Once the watermark has passed everything, no timer is left and the buffer is
 * cleared; the vehicle's state itself stays (its baselines are what makes the next trip comparable) until its TTL.
 *
 * <p><b>Models.</b> The scorer of the newest promoted {@value AnomalyModelLoader#MODEL_NAME} model is swapped in via
 * {@link ModelSwappingFunction}; without one the engine runs with the statistical detector only.
 */
public final class HealthFunction extends ModelSwappingFunction<String, HealthInput, HealthScore, AnomalyScorer> {

    /** Anomalies (statistical and model-based), keyed by VIN downstream. */
    public static final OutputTag<Anomaly> ANOMALIES = new OutputTag<>("anomalies", TypeInformation.of(Anomaly.class));
    /** Alert lifecycle events. */
    public static final OutputTag<Alert> ALERTS = new OutputTag<>("alerts", TypeInformation.of(Alert.class));
    /** Operator metric: readings and reports applied to the engine. */
    public static final String EVENTS_METRIC = "healthEvents";

    private static final long serialVersionUID = 1L;
    private static final Comparator<HealthInput> ORDER = Comparator.comparingLong(HealthInput::eventTimeMillis)
            .thenComparingInt(HealthInput::tieOrder); // List.sort is stable: arrival order within a tie

    private final Duration stateTtl;
    private transient VehicleHealthEngine baseEngine;
    private transient ValueState<VehicleHealthState> health;
    private transient ListState<HealthInput> pending;
    private transient Counter events;

    /**
     * @param loader   turns a promoted anomaly model into a scorer
     * @param stateTtl how long a silent vehicle's state is kept (processing time since its last write)
     */
    public HealthFunction(AnomalyModelLoader loader, Duration stateTtl) {
        super(loader);
        this.stateTtl = Objects.requireNonNull(stateTtl, "stateTtl");
        if (stateTtl.isNegative() || stateTtl.isZero()) {
            throw new IllegalArgumentException("state TTL must be > 0, got " + stateTtl);
        }
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        super.open(openContext);
        baseEngine = VehicleHealthEngine.defaults();
        health = getRuntimeContext().getState(healthDescriptor(stateTtl));
        pending = getRuntimeContext().getListState(pendingDescriptor(stateTtl));
        events = getRuntimeContext().getMetricGroup().counter(EVENTS_METRIC);
    }

    @Override
    public void processElement(HealthInput in, ReadOnlyContext ctx, Collector<HealthScore> out) throws Exception {
        pending.add(in);
        ctx.timerService().registerEventTimeTimer(in.eventTimeMillis());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<HealthScore> out) throws Exception {
        long watermark = ctx.timerService().currentWatermark();
        List<HealthInput> due = new ArrayList<>();
        List<HealthInput> later = new ArrayList<>();
        Iterable<HealthInput> buffered = pending.get();
        if (buffered != null) {
            for (HealthInput e : buffered) {
                (e.eventTimeMillis() <= watermark ? due : later).add(e);
            }
        }
        VehicleHealthState state = health.value();
        if (state == null && due.isEmpty()) {
            return; // a timer of a vehicle whose state expired: nothing to score
        }
        if (state == null) {
            state = new VehicleHealthState();
        }
        VehicleHealthEngine engine = model(AnomalyModelLoader.MODEL_NAME, ctx)
                .map(baseEngine::withScorer).orElse(baseEngine);
        HealthOutputs outputs = new Emitter(out, ctx);
        due.sort(ORDER);
        for (HealthInput e : due) {
            if (e.reading() != null) {
                engine.onReading(state, e.reading(), outputs);
            } else {
                engine.onDtcReport(state, e.report(), outputs);
            }
            events.inc();
        }
        engine.flush(state, Instant.ofEpochMilli(watermark), outputs);
        if (!due.isEmpty()) {
            long end = engine.intervalEnd(due.get(due.size() - 1).eventTimeMillis());
            if (end > watermark) {
                ctx.timerService().registerEventTimeTimer(end); // flushes the interval in progress
            }
        }
        health.update(state);
        if (later.isEmpty()) {
            pending.clear();
        } else if (!due.isEmpty()) {
            pending.update(later);
        }
    }

    /** The vehicle's engine state; expires {@code ttl} after its last write (processing time). */
    static ValueStateDescriptor<VehicleHealthState> healthDescriptor(Duration ttl) {
        ValueStateDescriptor<VehicleHealthState> descriptor =
                new ValueStateDescriptor<>("vehicle-health", VehicleHealthStateSerializer.INSTANCE);
        descriptor.enableTimeToLive(ttl(ttl));
        return descriptor;
    }

    /** Events waiting for the watermark; emptied as soon as the watermark has passed them all. */
    static ListStateDescriptor<HealthInput> pendingDescriptor(Duration ttl) {
        ListStateDescriptor<HealthInput> descriptor =
                new ListStateDescriptor<>("pending-events", TypeInformation.of(HealthInput.class));
        descriptor.enableTimeToLive(ttl(ttl));
        return descriptor;
    }

    private static StateTtlConfig ttl(Duration ttl) {
        return StateTtlConfig.newBuilder(ttl)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build();
    }

    /** Forwards the engine's outputs to the collector and side outputs, on the task thread. */
    private static final class Emitter implements HealthOutputs {
        private final Collector<HealthScore> out;
        private final ReadOnlyContext ctx;

        Emitter(Collector<HealthScore> out, ReadOnlyContext ctx) {
            this.out = out;
            this.ctx = ctx;
        }

        @Override
        public void score(HealthScore score) {
            out.collect(score);
        }

        @Override
        public void anomaly(Anomaly anomaly) {
            ctx.output(ANOMALIES, anomaly);
        }

        @Override
        public void alert(Alert alert) {
            ctx.output(ALERTS, alert);
        }
    }
}
