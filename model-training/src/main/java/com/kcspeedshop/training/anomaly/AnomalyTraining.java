package com.kcspeedshop.training.anomaly;

import com.kcspeedshop.health.anomaly.FeatureVector;
import com.kcspeedshop.health.evaluation.RecordedTrips;
import com.kcspeedshop.training.artifact.Provenance;
import com.kcspeedshop.training.rul.TrainingProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One training run of a vehicle anomaly model on the real trips: features from the engine for the training and
 * validation trips ({@link TripSplit}), preprocessing fitted on the training intervals, the model fitted on normal
 * driving only (every trip as recorded), the alarm threshold chosen on the validation trips for at most
 * {@code maxFalseAlarmsPer10h}, the figures measured on the test trips, and the artifact written with provenance.
 */
public final class AnomalyTraining {

    /** Which model to train. */
    public enum Algorithm {
        ISOLATION_FOREST(IsolationForestModel.KIND), LSTM_AUTOENCODER(LstmAutoencoderModel.KIND);

        private final String kind;

        Algorithm(String kind) {
            this.kind = kind;
        }

        public String kind() {
            return kind;
        }
    }

    /** What the run produced. */
    public record Run(String id, Path artifact, AnomalyModel model, Duration time, Duration fitTime,
                      int trainIntervals, double validationHours, int validationFalseAlarms,
                      AnomalyEvaluation.Result test) {
    }

    private final Algorithm algorithm;
    private final IsolationForestTrainer forest;
    private final LstmAutoencoderTrainer autoencoder;
    private final double maxFalseAlarmsPer10h;
    private final long seed;

    public AnomalyTraining(Algorithm algorithm, IsolationForestTrainer forest, LstmAutoencoderTrainer autoencoder,
                           double maxFalseAlarmsPer10h, long seed) {
        this.algorithm = algorithm;
        this.forest = forest;
        this.autoencoder = autoencoder;
        this.maxFalseAlarmsPer10h = maxFalseAlarmsPer10h;
        this.seed = seed;
        if (!(maxFalseAlarmsPer10h >= 0)) {
            throw new IllegalArgumentException("max false alarms per 10 h must be >= 0, got " + maxFalseAlarmsPer10h);
        }
    }

    public Run run(List<RecordedTrips.Trip> all, String id, Path dir, TrainingProgress features, TrainingProgress fitting,
                   TrainingProgress testing) throws IOException {
        long started = System.nanoTime();
        List<RecordedTrips.Trip> train = TripSplit.TRAIN.select(all);
        List<RecordedTrips.Trip> validation = TripSplit.VALIDATION.select(all);
        List<RecordedTrips.Trip> test = TripSplit.TEST.select(all);
        if (train.isEmpty() || validation.isEmpty() || test.isEmpty()) {
            throw new IllegalArgumentException("need at least 4 trips for the split (train, train, validation, test),"
                    + " got " + all.size());
        }
        List<List<FeatureVector>> trainVectors = new ArrayList<>();
        List<List<FeatureVector>> validationVectors = new ArrayList<>();
        int done = 0;
        for (RecordedTrips.Trip t : train) {
            trainVectors.add(IntervalFeatures.of(t.readings()));
            features.update(++done, train.size() + validation.size(), t.name());
        }
        for (RecordedTrips.Trip t : validation) {
            validationVectors.add(IntervalFeatures.of(t.readings()));
            features.update(++done, train.size() + validation.size(), t.name());
        }
        List<double[]> trainRows = new ArrayList<>();
        trainVectors.forEach(trip -> trip.forEach(v -> trainRows.add(v.toArray())));
        int window = algorithm == Algorithm.ISOLATION_FOREST ? 1 : autoencoder.window();
        AnomalyPreprocessing prep = AnomalyPreprocessing.fit(algorithm.kind(), window, trainRows);

        long fitStarted = System.nanoTime();
        Map<String, Object> hyper;
        Map<String, Object> details = new LinkedHashMap<>();
        AnomalyModel model;
        if (algorithm == Algorithm.ISOLATION_FOREST) {
            double[][] x = trainRows.stream().map(prep::transform).toArray(double[][]::new);
            fitting.update(0, 1, "fitting " + forest.trees() + " trees");
            model = forest.fit(x, prep, seed);
            fitting.update(1, 1, "done");
            hyper = forest.hyperparameters(x.length);
        } else {
            LstmAutoencoderTrainer.Fit fit = autoencoder.fit(autoencoder.windows(transform(trainVectors, prep)),
                    autoencoder.windows(transform(validationVectors, prep)), prep, seed, fitting);
            model = fit.model();
            hyper = autoencoder.hyperparameters();
            details.put("bestEpoch", fit.bestEpoch());
            details.put("epochsRun", fit.epochsRun());
            details.put("validationReconstructionMse", fit.validationError());
        }
        Duration fitTime = Duration.ofNanos(System.nanoTime() - fitStarted);

        List<double[]> validationScores = validationVectors.stream().map(model::scoreTrip).toList();
        double validationHours = validation.stream().mapToDouble(RecordedTrips.Trip::hours).sum();
        double threshold = Alarms.chooseThreshold(validationScores, validationHours, maxFalseAlarmsPer10h);
        model = withThreshold(model, model.preprocessing().withThreshold(threshold));
        int validationAlarms = Alarms.count(validationScores, threshold);
        Duration time = Duration.ofNanos(System.nanoTime() - started);

        AnomalyEvaluation.Result result = new AnomalyEvaluation(model, AnomalyEvaluation.DEFAULT_WINDOW_MS)
                .run(test, testing);
        model.save(dir);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("validation", Map.of("trips", validation.size(), "drivingHours", validationHours,
                "falseAlarms", validationAlarms, "threshold", threshold));
        metrics.put("test", result.asMap());
        hyper.put("thresholdRule", "lowest score threshold with at most " + maxFalseAlarmsPer10h
                + " alarms per 10 driving hours on the validation trips (alarm = rising edge)");
        new Provenance()
                .put("id", id)
                .put("task", "vehicle-anomaly")
                .put("model", algorithm.kind())
                .put("binary", algorithm == Algorithm.ISOLATION_FOREST ? IsolationForestModel.BINARY
                        : LstmAutoencoderModel.BINARY)
                .put("createdAt", Instant.now().toString())
                .put("data", Provenance.dataFiles(all.stream().map(RecordedTrips.Trip::file).toList()))
                .put("split", Map.of("by", "trip, sorted by path: index % 4 in {0,1} train, 2 validation, 3 test",
                        "train", names(train), "validation", names(validation), "test", names(test)))
                .put("features", Map.of("source", "VehicleHealthEngine FeatureVector per 10 s scoring interval",
                        "columns", prep.columnNames(), "scaling", "standardised with training mean/std; NaN -> 0 "
                                + "(mean imputation); clipped to +-" + AnomalyPreprocessing.CLIP,
                        "window", window))
                .put("hyperparameters", hyper)
                .put("seed", seed)
                .put("libraries", Provenance.libraryVersions())
                .put("gitCommit", Provenance.gitCommit())
                .put("metrics", metrics)
                .put("training", details)
                .put("trainingSeconds", time.toMillis() / 1000.0)
                .put("fitSeconds", fitTime.toMillis() / 1000.0)
                .put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors()))
                .write(dir);
        return new Run(id, dir, model, time, fitTime, trainRows.size(), validationHours, validationAlarms, result);
    }

    private static List<double[][]> transform(List<List<FeatureVector>> trips, AnomalyPreprocessing prep) {
        List<double[][]> out = new ArrayList<>();
        for (List<FeatureVector> trip : trips) {
            out.add(trip.stream().map(v -> prep.transform(v.toArray())).toArray(double[][]::new));
        }
        return out;
    }

    private static AnomalyModel withThreshold(AnomalyModel m, AnomalyPreprocessing p) {
        return m instanceof IsolationForestModel f ? f.withPreprocessing(p)
                : ((LstmAutoencoderModel) m).withPreprocessing(p);
    }

    private static List<String> names(List<RecordedTrips.Trip> trips) {
        return trips.stream().map(RecordedTrips.Trip::name).toList();
    }
}
