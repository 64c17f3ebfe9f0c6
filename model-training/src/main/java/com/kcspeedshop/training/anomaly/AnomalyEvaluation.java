package com.kcspeedshop.training.anomaly;

import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.anomaly.FeatureVector;
import com.kcspeedshop.health.evaluation.FaultOnsets;
import com.kcspeedshop.health.evaluation.RecordedTrips;
import com.kcspeedshop.health.fault.FaultInjector;
import com.kcspeedshop.health.fault.FaultSpec;
import com.kcspeedshop.health.fault.FaultType;
import com.kcspeedshop.training.rul.TrainingProgress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model on held-out trips, the way vehicle-health's {@code TripEvaluation} measures the engine: on the untouched
 * trips every alarm is false (the trips are normal driving), counted per driving hour; then every (trip, fault) pair
 * with the shared {@link FaultInjector}, the same onsets ({@link FaultOnsets}) and seeds, is detected when an interval
 * ending after the onset and at most {@code windowMs} later scores at or above the threshold; the delay is that
 * interval's end minus the onset.
 */
public final class AnomalyEvaluation {

    /** TripEvaluation's detection window, the one the shared onsets leave room for. */
    public static final long DEFAULT_WINDOW_MS = FaultOnsets.DETECTION_WINDOW_MS;

    /** An alarm on an untouched trip. */
    public record FalseAlarm(String trip, Instant at, double score) {
    }

    /** One (trip, fault) pair; null delay = missed; a non-null notApplicable says why it was not evaluated. */
    public record Case(String trip, FaultType fault, String notApplicable, Instant onset, Long delayMs) {
        public boolean applicable() {
            return notApplicable == null;
        }

        public boolean detected() {
            return delayMs != null;
        }
    }

    /** What a run measured. */
    public record Result(int trips, double hours, long windowMs, double threshold, List<FalseAlarm> falseAlarms,
                         List<Case> cases) {

        public double falseAlarmsPerHour() {
            return hours > 0 ? falseAlarms.size() / hours : Double.NaN;
        }

        public long applicable(FaultType f) {
            return cases.stream().filter(c -> (f == null || c.fault() == f) && c.applicable()).count();
        }

        public long detected(FaultType f) {
            return cases.stream().filter(c -> (f == null || c.fault() == f) && c.detected()).count();
        }

        /** Detected share of the applicable pairs of fault {@code f} (null = all faults), NaN when none apply. */
        public double recall(FaultType f) {
            long a = applicable(f);
            return a == 0 ? Double.NaN : (double) detected(f) / a;
        }

        /** Delay quantile in seconds over the detected pairs (nearest rank), NaN when nothing was detected. */
        public double delaySeconds(FaultType f, double q) {
            double[] d = cases.stream().filter(c -> (f == null || c.fault() == f) && c.detected())
                    .mapToDouble(c -> c.delayMs() / 1000.0).sorted().toArray();
            if (d.length == 0) {
                return Double.NaN;
            }
            return d[Math.max(0, (int) Math.ceil(q * d.length) - 1)];
        }

        /** The figures as an ordered map (provenance metrics and the CLI's JSON line). */
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("trips", trips);
            m.put("drivingHours", round(hours));
            m.put("threshold", threshold);
            m.put("detectionWindowSeconds", windowMs / 1000);
            m.put("falseAlarms", falseAlarms.size());
            m.put("falseAlarmsPerHour", round(falseAlarmsPerHour()));
            m.put("applicable", applicable(null));
            m.put("detected", detected(null));
            m.put("recall", round(recall(null)));
            m.put("delayMedianSeconds", round(delaySeconds(null, 0.5)));
            m.put("delayP90Seconds", round(delaySeconds(null, 0.9)));
            Map<String, Object> perFault = new LinkedHashMap<>();
            for (FaultType f : FaultType.values()) {
                Map<String, Object> pf = new LinkedHashMap<>();
                pf.put("applicable", applicable(f));
                pf.put("detected", detected(f));
                pf.put("recall", round(recall(f)));
                pf.put("delayMedianSeconds", round(delaySeconds(f, 0.5)));
                pf.put("delayP90Seconds", round(delaySeconds(f, 0.9)));
                perFault.put(f.name(), pf);
            }
            m.put("perFault", perFault);
            return m;
        }

        private static Object round(double v) {
            return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : null;
        }
    }

    private final AnomalyModel model;
    private final double threshold;
    private final long windowMs;

    public AnomalyEvaluation(AnomalyModel model, long windowMs) {
        this.model = model;
        this.threshold = model.preprocessing().threshold();
        this.windowMs = windowMs;
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("the model has no alarm threshold");
        }
        if (windowMs <= 0) {
            throw new IllegalArgumentException("detection window must be positive, got " + windowMs + " ms");
        }
    }

    public Result run(List<RecordedTrips.Trip> trips, TrainingProgress progress) {
        double hours = 0;
        List<FalseAlarm> falseAlarms = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        int done = 0;
        for (RecordedTrips.Trip trip : trips) {
            hours += trip.hours();
            List<FeatureVector> vectors = IntervalFeatures.of(trip.readings());
            double[] scores = model.scoreTrip(vectors);
            for (int i : Alarms.raised(scores, threshold)) {
                falseAlarms.add(new FalseAlarm(trip.name(), Instant.ofEpochMilli(vectors.get(i).atMs()), scores[i]));
            }
            for (FaultType fault : FaultType.values()) {
                cases.add(evaluate(trip, fault));
            }
            progress.update(++done, trips.size(), trip.name());
        }
        return new Result(trips.size(), hours, windowMs, threshold, falseAlarms, cases);
    }

    private Case evaluate(RecordedTrips.Trip trip, FaultType fault) {
        if (!FaultInjector.applicable(fault, trip.readings())) {
            return new Case(trip.name(), fault, "trip lacks " + fault.requiredSignals(), null, null);
        }
        FaultOnsets.Choice onset = FaultOnsets.choose(fault, trip);
        if (!onset.applicable()) {
            return new Case(trip.name(), fault, onset.reason(), null, null);
        }
        long at = onset.atMs();
        List<ObdReading> faulty = FaultInjector.inject(trip.readings(),
                FaultSpec.of(fault, Instant.ofEpochMilli(at), FaultOnsets.seed(fault)));
        List<FeatureVector> vectors = IntervalFeatures.of(faulty);
        double[] scores = model.scoreTrip(vectors);
        for (int i = 0; i < scores.length; i++) {
            long end = vectors.get(i).atMs();
            if (end > at && end - at <= windowMs && scores[i] >= threshold) {
                return new Case(trip.name(), fault, null, Instant.ofEpochMilli(at), end - at);
            }
        }
        return new Case(trip.name(), fault, null, Instant.ofEpochMilli(at), null);
    }
}
