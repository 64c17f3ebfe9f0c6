package com.kcspeedshop.health;

import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.anomaly.AnomalyScorer;
import com.kcspeedshop.health.anomaly.FeatureVector;
import com.kcspeedshop.health.features.Feature;
import com.kcspeedshop.health.features.FeatureSettings;
import com.kcspeedshop.health.features.FeatureState;
import com.kcspeedshop.health.features.WindowStats;
import com.kcspeedshop.health.score.HealthScorer;
import com.kcspeedshop.health.score.ScoreInputs;
import com.kcspeedshop.health.score.Subsystem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The vehicle-health computation: one reading (or trouble-code report) at a time, against the caller-owned
 * {@link VehicleHealthState} of that vehicle. Immutable and thread-safe; all per-vehicle memory is in the state.
 *
 * <p>Outputs depend only on the sequence of events given for that vehicle: no clock, no randomness, no hash order.
 * Health scores and interval anomalies are emitted when a reading crosses the next epoch multiple of the scoring
 * interval (10 s), for the interval just finished, with {@code computedAt} = that boundary; alerts as soon as a rule
 * fires. A model swap is {@link #withScorer}: a new engine, same config, per-vehicle state untouched.
 *
 * <p><b>Two ways to feed it.</b> By default events come in capture-time order (readings and reports already merged, as
 * {@code HealthReference} does), and everything is emitted at once. A stream processor that gets readings and reports on
 * two topics uses {@link #awaitingWatermark()}: readings are applied the moment they arrive (a reading-level alert leaves
 * with the reading that raised it), while what depends on the other topic waits in the state until {@link #flush} says
 * event time has passed it: a closed interval's scores and interval rules (they count the trouble codes reported
 * before the interval's end) and the reports themselves (applied in capture-time order between those intervals). Both
 * ways emit the same records; only the interleaving of reading-level alerts with the held-back records differs.
 */
public final class VehicleHealthEngine {

    /** {@link #nextDue} when nothing waits for event time. */
    public static final long NOTHING_DUE = Long.MAX_VALUE;

    private final HealthConfig config;
    private final AnomalyScorer scorer;
    private final boolean awaitWatermark;

    public VehicleHealthEngine(HealthConfig config, AnomalyScorer scorer) {
        this(config, scorer, false);
    }

    private VehicleHealthEngine(HealthConfig config, AnomalyScorer scorer, boolean awaitWatermark) {
        this.config = Objects.requireNonNull(config, "config");
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.awaitWatermark = awaitWatermark;
    }

    /** An engine with the default config and no model. */
    public static VehicleHealthEngine defaults() {
        return new VehicleHealthEngine(HealthConfig.DEFAULTS, AnomalyScorer.NONE);
    }

    /** The same engine with another model, e.g. on a model update from the control topic. */
    public VehicleHealthEngine withScorer(AnomalyScorer newScorer) {
        return new VehicleHealthEngine(config, newScorer, awaitWatermark);
    }

    /**
     * The same engine for readings and reports that arrive on separate streams: what depends on both waits for
     * {@link #flush}, which the caller runs whenever event time (a watermark) advances, and at {@link #nextDue}.
     */
    public VehicleHealthEngine awaitingWatermark() {
        return new VehicleHealthEngine(config, scorer, true);
    }

    public boolean isAwaitingWatermark() {
        return awaitWatermark;
    }

    public HealthConfig config() {
        return config;
    }

    public AnomalyScorer scorer() {
        return scorer;
    }

    /**
     * Processes one reading of the state's vehicle.
     *
     * @throws IllegalArgumentException if the reading belongs to another vehicle than the state
     */
    public void onReading(VehicleHealthState state, ObdReading r, HealthOutputs out) {
        onSample(state, r.vin(), r.signal(), r.value(), r.capturedAt().toEpochMilli(), out);
    }

    /**
     * {@link #onReading} from a reading's parts, for a caller that holds readings in columns rather than as {@link
     * ObdReading}s (the Flink job, after the shuffle): the engine reads nothing else of a reading.
     *
     * @param captured the reading's capture time, epoch millis
     * @throws IllegalArgumentException if the reading belongs to another vehicle than the state
     */
    public void onSample(VehicleHealthState state, String vin, String signal, double value, long captured,
                         HealthOutputs out) {
        state.bind(vin);
        advance(state, captured, out);
        if (!awaitWatermark) {
            settle(state, captured, out); // the interval the reading closed, before the reading's own samples
        }
        state.readings++;
        // a late reading counts at the start of the interval in progress: event time never runs backwards inside the
        // state, so windows, sustain timers and rates stay consistent
        long t = Math.max(captured, state.intervalStart);
        Feature f = Feature.ofSignal(signal);
        if (f == null) {
            return; // a signal no rule uses: fine, cars report many
        }
        FeatureSettings fs = config.features();
        FeatureState features = state.features;
        long produced = features.accept(f, t, value, fs);
        boolean running = features.isRunning(t, fs);
        boolean warm = features.warmedUp();
        Feature[] all = Feature.all();
        while (produced != 0) {
            Feature g = all[Long.numberOfTrailingZeros(produced)];
            produced &= produced - 1;
            if (g == Feature.COOLANT_WARMUP_RATE) {
                continue; // a per-minute statistic, not a sample: in the windows and the feature vector only
            }
            double v = features.last(g);
            state.anomaly.observe(g, t, v, conditioned(g, running, warm), config.anomaly());
            state.alerts.onSample(state.vin, g, t, v, running, warm, config.alerts(), out);
        }
    }

    /**
     * Processes one trouble-code report: new codes raise, codes no longer reported clear (per kind and ECU). Awaiting a
     * watermark, it waits until {@link #flush} passes its capture time.
     */
    public void onDtcReport(VehicleHealthState state, DtcReport d, HealthOutputs out) {
        state.bind(d.vin());
        enqueue(state, new Pending.Report(d), out);
        if (!awaitWatermark) {
            flush(state, d.capturedAt().toEpochMilli(), out);
        }
    }

    /**
     * Event time has reached {@code watermark}: closes the interval in progress if the watermark has passed its end (an
     * event-time timer, or the end of a bounded input), so the last interval of a trip is scored without waiting for
     * the vehicle's next reading, and settles everything held back up to the watermark, in time order.
     */
    public void flush(VehicleHealthState state, Instant watermark, HealthOutputs out) {
        flush(state, watermark.toEpochMilli(), out);
    }

    /** {@link #flush(VehicleHealthState, Instant, HealthOutputs)} with the watermark in epoch millis. */
    public void flush(VehicleHealthState state, long watermark, HealthOutputs out) {
        long end = state.intervalStart + config.scoreIntervalMs();
        if (state.intervalStart != VehicleHealthState.NO_INTERVAL && watermark >= end) {
            closeInterval(state, end, out);
            state.intervalStart = VehicleHealthState.NO_INTERVAL;
        }
        settle(state, watermark, out);
    }

    /**
     * The event time (epoch millis) at which {@link #flush} next has work for this state: the end of the interval in
     * progress or the oldest held-back item; {@link #NOTHING_DUE} if neither exists. A stream processor keeps an
     * event-time timer there.
     */
    public long nextDue(VehicleHealthState state) {
        long due = state.intervalStart == VehicleHealthState.NO_INTERVAL ? NOTHING_DUE
                : state.intervalStart + config.scoreIntervalMs();
        return state.pending.isEmpty() ? due : Math.min(due, state.pending.get(0).at());
    }

    /** Which interval boundary (epoch millis) an event at {@code t} belongs to: the end of its interval. */
    public long intervalEnd(long t) {
        return Math.floorDiv(t, config.scoreIntervalMs()) * config.scoreIntervalMs() + config.scoreIntervalMs();
    }

    private void advance(VehicleHealthState state, long t, HealthOutputs out) {
        long interval = config.scoreIntervalMs();
        long start = Math.floorDiv(t, interval) * interval;
        if (state.intervalStart == VehicleHealthState.NO_INTERVAL) {
            state.intervalStart = start;
        } else if (start > state.intervalStart) {
            // only the interval in progress is scored: the empty ones of a gap carry no data, so no score
            closeInterval(state, state.intervalStart + interval, out);
            state.intervalStart = start;
        } else if (start < state.intervalStart) {
            state.lateReadings++;
        }
    }

    private static boolean conditioned(Feature f, boolean running, boolean warm) {
        return switch (f) {
            // a cold engine's coolant and catalyst are in warm-up transients, not anomalies
            case COOLANT_TEMP, CATALYST_DELTA -> running && warm;
            // trims are meaningless with the engine off
            case TOTAL_FUEL_TRIM_1, TOTAL_FUEL_TRIM_2 -> running;
            default -> true;
        };
    }

    /**
     * Closes the interval ending at {@code end}: what depends on readings only is taken now (they are in order), the
     * rest waits in the queue for the trouble codes reported before {@code end}.
     */
    private void closeInterval(VehicleHealthState state, long end, HealthOutputs out) {
        FeatureState fs = state.features;
        fs.roll(end);
        long start = end - config.scoreIntervalMs();
        double coolant = mean(fs, Feature.COOLANT_TEMP, start, 1);
        boolean running = fs.isRunning(end - 1, config.features());
        boolean coldAfterWarm = fs.warmedUp() && running && coolant < config.features().warmCoolantC();
        double idleJitter = mean(fs, Feature.IDLE_RPM_JITTER, start, 5);
        WindowStats cat = fs.window(Feature.CATALYST_TEMP_B1S1, 0);
        WindowStats mil = fs.window(Feature.TIME_WITH_MIL_ON, 0);
        List<Anomaly> anomalies = new ArrayList<>(0);
        int anomalyMask = state.anomaly.closeInterval(state.vin, anomalies::add);
        if (scorer != AnomalyScorer.NONE) {
            double modelScore = scorer.score(FeatureVector.of(fs, end));
            if (!Double.isNaN(modelScore) && modelScore >= scorer.threshold()) {
                anomalies.add(new Anomaly(state.vin, "FEATURES", Instant.ofEpochMilli(end), modelScore,
                        scorer.threshold(), modelScore, scorer.id()));
            }
        }
        ScoreInputs in = new ScoreInputs(coolant, coldAfterWarm,
                mean(fs, Feature.TOTAL_FUEL_TRIM_1, start, 1), mean(fs, Feature.TOTAL_FUEL_TRIM_2, start, 1),
                idleJitter, mean(fs, Feature.BATTERY_V_CHARGING, start, 1),
                mean(fs, Feature.BATTERY_V_ENGINE_OFF, start, 1),
                cat.countAt(start) > 0 ? cat.doneMax() : Double.NaN,
                mil.countAt(start) > 0 ? mil.doneMax() : Double.NaN, Pending.NO_CODES);
        enqueue(state, new Pending.Interval(end, in, anomalyMask, anomalies), out);
    }

    private void enqueue(VehicleHealthState state, Pending p, HealthOutputs out) {
        Pending.insert(state.pending, p);
        if (state.pending.size() > VehicleHealthState.MAX_PENDING) {
            // a watermark that stopped while this vehicle kept reporting: better settle early than grow without bound
            settleHead(state, out);
        }
    }

    /** Settles the held-back items up to event time {@code upTo}, oldest first. */
    private void settle(VehicleHealthState state, long upTo, HealthOutputs out) {
        while (!state.pending.isEmpty() && state.pending.get(0).at() <= upTo) {
            settleHead(state, out);
        }
    }

    private void settleHead(VehicleHealthState state, HealthOutputs out) {
        Pending p = state.pending.remove(0);
        if (p instanceof Pending.Report r) {
            state.alerts.onDtcReport(r.report(), config.alerts(), out);
            return;
        }
        Pending.Interval i = (Pending.Interval) p;
        List<HealthScore> scores = HealthScorer.score(state.vin, i.at(),
                i.inputs().withActiveDtcs(state.alerts.activeDtcs()));
        double overall = Double.NaN;
        for (HealthScore s : scores) {
            out.score(s);
            if (s.subsystem().equals(Subsystem.OVERALL)) {
                overall = s.score();
            }
        }
        for (Anomaly a : i.anomalies()) {
            out.anomaly(a);
        }
        state.alerts.onInterval(state.vin, i.at(), i.inputs().idleRpmJitter(), overall, i.anomalyMask(), config.alerts(), out);
    }

    /** The interval's mean of {@code f}, NaN if it had fewer than {@code minCount} samples. */
    private static double mean(FeatureState fs, Feature f, long start, int minCount) {
        WindowStats w = fs.window(f, 0);
        return w.countAt(start) >= minCount ? w.doneMean() : Double.NaN;
    }
}
