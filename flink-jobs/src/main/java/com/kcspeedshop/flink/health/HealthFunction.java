package com.kcspeedshop.flink.health;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.flink.ingest.DropDuplicates;
import com.kcspeedshop.flink.ingest.EventKind;
import com.kcspeedshop.flink.ingest.RouteLate;
import com.kcspeedshop.flink.ingest.SeenSequences;
import com.kcspeedshop.flink.models.ModelSwappingFunction;
import com.kcspeedshop.health.HealthOutputs;
import com.kcspeedshop.health.VehicleHealthEngine;
import com.kcspeedshop.health.VehicleHealthState;
import com.kcspeedshop.health.anomaly.AnomalyScorer;
import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The keyed health operator: one {@link VehicleHealthState} per VIN, fed to the {@link VehicleHealthEngine}. Health
 * scores are the main output, anomalies, alerts and late events side outputs.
 *
 * <p><b>Duplicates and late events</b> are handled here, in the ingest stage's order (duplicates first, then lateness
 * against this operator's watermark), rather than by the ingest stage's own keyed operators: those cannot chain to
 * this two-input operator, and the network hop between them cost about a quarter of the job's time. The highest
 * sequence per source and kind ({@link SeenSequences}) lives in the vehicle's one state value, {@link VehicleSlot},
 * so it is kept as long as the vehicle's health state ({@code state.vehicle-ttl}), not {@code state.duplicate-ttl}.
 *
 * <p><b>Order and latency.</b> Readings are applied the moment they arrive: one vehicle's readings come in capture
 * order (one Kafka partition per VIN, one source per car), so a reading-level alert (overheating, charging, fuel trim,
 * battery) leaves on the fast path with the reading that raised it, not a watermark later. What depends on the other
 * topic waits in the vehicle's state ({@link VehicleHealthEngine#awaitingWatermark()}) until the watermark passes it:
 * a closed interval's scores and interval rules (they count the trouble codes reported before the interval's end) and
 * the trouble-code reports, applied in capture-time order between those intervals. So the output is the same record
 * for record, whatever the interleaving of the two topics, across restarts too, and equals {@code HealthReference}.
 *
 * <p><b>Timers.</b> One event-time timer per vehicle, at {@link VehicleHealthEngine#nextDue}: the end of the interval
 * in progress (so the last interval of a trip is scored without waiting for the vehicle's next reading) or the oldest
 * held-back item. Once the watermark has passed everything, no timer is left; the vehicle's state itself stays (its
 * baselines are what makes the next trip comparable) until its TTL.
 *
 * <p><b>Models.</b> The scorer of the newest promoted {@value AnomalyModelLoader#MODEL_NAME} model is swapped in via
 * {@link ModelSwappingFunction}; without one the engine runs with the statistical detector only.
 */
public final class HealthFunction extends ModelSwappingFunction<String, HealthInput, HealthScore, AnomalyScorer> {

    /** Anomalies (statistical and model-based), keyed by VIN downstream. */
    public static final OutputTag<Anomaly> ANOMALIES = new OutputTag<>("anomalies", TypeInformation.of(Anomaly.class));
    /** Alert lifecycle events. */
    public static final OutputTag<Alert> ALERTS = new OutputTag<>("alerts", TypeInformation.of(Alert.class));
    /** Events whose capture time the watermark had passed on arrival: not applied, sent to the late topics. */
    public static final OutputTag<HealthInput> LATE =
            new OutputTag<>("late-health-inputs", TypeInformation.of(HealthInput.class));
    /** Operator metric: readings and reports applied to the engine. */
    public static final String EVENTS_METRIC = "healthEvents";

    private static final long serialVersionUID = 1L;

    private final Duration stateTtl;
    private transient VehicleHealthEngine baseEngine;
    private transient ValueState<VehicleSlot> vehicle;
    private transient Counter events;
    private transient Counter duplicates;
    private transient Counter late;
    private transient Emitter emitter;

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
        baseEngine = VehicleHealthEngine.defaults().awaitingWatermark();
        vehicle = getRuntimeContext().getState(vehicleDescriptor(stateTtl));
        events = getRuntimeContext().getMetricGroup().counter(EVENTS_METRIC);
        duplicates = getRuntimeContext().getMetricGroup().counter(DropDuplicates.DUPLICATES_METRIC);
        late = getRuntimeContext().getMetricGroup().counter(RouteLate.LATE_METRIC);
        emitter = new Emitter();
    }

    @Override
    public void processElement(HealthInput event, ReadOnlyContext ctx, Collector<HealthScore> out) throws Exception {
        VehicleSlot slot = vehicle.value();
        if (slot == null) {
            slot = new VehicleSlot();
        }
        HealthInput in = event.hasReadings()
                ? admit(slot, event)
                : admit(SeenSequences.admit(slot.reportSources, EventKind.DTC_REPORTS, event.report()), event);
        if (in == null) {
            duplicates.inc();
            return;
        }
        // duplicates first: a journal replay re-sends old readings that are both, and they must not fill the late topic
        if (in.eventTimeMillis() <= ctx.timerService().currentWatermark()) {
            late.inc();
            ctx.output(LATE, in);
            vehicle.update(slot); // its sources were updated: a resend of this event is a duplicate, not late again
            return;
        }
        VehicleHealthState state = slot.health;
        VehicleHealthEngine engine = engine(ctx);
        HealthOutputs outputs = emitter.to(out, ctx);
        long dueBefore = engine.nextDue(state);
        if (in.hasReadings()) {
            ReadingColumns readings = in.columns();
            String vin = readings.vin();
            for (int i = 0; i < readings.size(); i++) {
                engine.onSample(state, vin, readings.signal(i), readings.value(i), readings.capturedAtMillis(i),
                        outputs);
            }
            events.inc(readings.size());
        } else {
            engine.onDtcReport(state, in.report(), outputs);
            events.inc();
        }
        // usually nothing: what the watermark had passed was routed aside above
        engine.flush(state, ctx.timerService().currentWatermark(), outputs);
        long due = engine.nextDue(state);
        if (due != dueBefore && due != VehicleHealthEngine.NOTHING_DUE) {
            ctx.timerService().registerEventTimeTimer(due);
        }
        vehicle.update(slot);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<HealthScore> out) throws Exception {
        VehicleSlot slot = vehicle.value();
        if (slot == null) {
            return; // a timer of a vehicle whose state expired: nothing to score
        }
        VehicleHealthState state = slot.health;
        VehicleHealthEngine engine = engine(ctx);
        long dueBefore = engine.nextDue(state);
        engine.flush(state, ctx.timerService().currentWatermark(), emitter.to(out, ctx));
        long due = engine.nextDue(state);
        if (due != VehicleHealthEngine.NOTHING_DUE && (due != dueBefore || due > timestamp)) {
            ctx.timerService().registerEventTimeTimer(due); // a no-op if that timer is already registered
        }
        vehicle.update(slot);
    }

    /** The readings of {@code event} not seen yet (recording them in the slot), or null when none. */
    private static HealthInput admit(VehicleSlot slot, HealthInput event) {
        ReadingColumns readings = event.columns();
        long seen = slot.admitReadings(readings.source(), readings.lastSequence());
        if (seen == SeenSequences.ALL_SEEN) {
            return null;
        }
        if (seen == SeenSequences.NEW_SOURCE) {
            return event;
        }
        ReadingColumns newer = readings.after(seen); // a batch partly re-sent keeps its readings not seen yet
        return newer == readings ? event : HealthInput.of(newer);
    }

    /** {@code event} if the report was not seen yet, else null. */
    private static HealthInput admit(Object unseen, HealthInput event) {
        return unseen == null ? null : event;
    }

    private VehicleHealthEngine engine(ReadOnlyContext ctx) throws Exception {
        return model(AnomalyModelLoader.MODEL_NAME, ctx).map(baseEngine::withScorer).orElse(baseEngine);
    }

    /**
     * The vehicle's engine state and duplicate memory; expires {@code ttl} after its last write (processing time). A
     * new name for a new layout: the engine state alone was {@code vehicle-health}.
     */
    static ValueStateDescriptor<VehicleSlot> vehicleDescriptor(Duration ttl) {
        ValueStateDescriptor<VehicleSlot> descriptor =
                new ValueStateDescriptor<>("vehicle", VehicleSlotSerializer.INSTANCE);
        descriptor.enableTimeToLive(ttl(ttl));
        return descriptor;
    }

    private static StateTtlConfig ttl(Duration ttl) {
        return StateTtlConfig.newBuilder(ttl)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                // heap: one other entry checked per access (the default checks 5) still visits every vehicle in
                // time, and this runs on every reading; RocksDB: the compaction filter; snapshots leave them out
                .cleanupIncrementally(1, false)
                .cleanupInRocksdbCompactFilter(1000)
                .cleanupFullSnapshot()
                .build();
    }

    /** Forwards the engine's outputs to the collector and side outputs, on the task thread; reused per call. */
    private static final class Emitter implements HealthOutputs {
        private Collector<HealthScore> out;
        private ReadOnlyContext ctx;

        Emitter to(Collector<HealthScore> collector, ReadOnlyContext context) {
            this.out = collector;
            this.ctx = context;
            return this;
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
