package com.kcspeedshop.flink.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertState;
import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.ModelAction;
import com.kcspeedshop.events.ModelUpdate;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import com.kcspeedshop.flink.models.ModelSwappingFunction;
import com.kcspeedshop.health.VehicleHealthState;
import com.kcspeedshop.health.anomaly.AnomalyScorer;
import com.kcspeedshop.health.anomaly.FeatureVector;
import com.kcspeedshop.health.reference.HealthOutput;
import com.kcspeedshop.health.reference.HealthReference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.KeyedStateBackend;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The keyed health operator in Flink's broadcast harness: its outputs equal the single-threaded reference whatever
 * the interleaving of readings and reports, its state survives a snapshot through the custom serializer (heap and
 * RocksDB), nothing is held back and no timer is left once the watermark has passed everything, and its state expires by TTL.
 */
class HealthFunctionTest {

    private static final Duration TTL = Duration.ofDays(30);
    private static final int SECONDS = 200;

    @Test
    void shouldEmitExactlyTheReferenceOutputsWhenReportsArriveBeforeTheReadings() throws Exception {
        HealthTrips trips = HealthTrips.of(2, SECONDS);
        try (var harness = newHarness(AnomalyModelLoader.AWAITING_MODEL_SERVING)) {
            trips.reports.forEach(d -> process(harness, HealthInput.of(d)));
            trips.readings.forEach(r -> process(harness, HealthInput.of(r)));
            advance(harness, afterTripMillis());

            assertMatchesReference(harness, trips.reference());
            List<Alert> alerts = sideOutput(harness, HealthFunction.ALERTS);
            assertThat(alerts).extracting(Alert::rule, Alert::state).contains(
                    org.assertj.core.groups.Tuple.tuple("overheating", AlertState.RAISED),
                    org.assertj.core.groups.Tuple.tuple("dtc", AlertState.RAISED),
                    org.assertj.core.groups.Tuple.tuple("dtc", AlertState.CLEARED));
            assertThat(sideOutput(harness, HealthFunction.ANOMALIES)).isNotEmpty();
        }
    }

    @Test
    void shouldSendAReadingLevelAlertWithTheReadingThatRaisedItAndHoldScoresForTheWatermark() throws Exception {
        HealthTrips trips = HealthTrips.of(1, SECONDS);
        try (var harness = newHarness(AnomalyModelLoader.AWAITING_MODEL_SERVING)) {
            trips.readings.forEach(r -> process(harness, HealthInput.of(r))); // no watermark at all

            assertThat(sideOutput(harness, HealthFunction.ALERTS)).extracting(Alert::rule, Alert::state)
                    .as("raised on arrival, not a watermark later")
                    .contains(org.assertj.core.groups.Tuple.tuple("overheating", AlertState.RAISED));
            assertThat(harness.extractOutputValues()).as("scores count trouble codes up to the interval end: they "
                    + "wait until the watermark says no earlier report can still come").isEmpty();
            assertThat(health(harness, HealthTrips.VINS.get(0)).pendingCount()).isGreaterThan(10);

            advance(harness, afterTripMillis());

            assertThat(harness.extractOutputValues()).isNotEmpty();
            assertThat(health(harness, HealthTrips.VINS.get(0)).pendingCount()).isZero();
        }
    }

    @Test
    void shouldLeaveNoTimersAndNothingHeldBackOnceTheWatermarkHasPassedEverything() throws Exception {
        HealthTrips trips = HealthTrips.of(2, 60);
        try (var harness = newHarness(AnomalyModelLoader.AWAITING_MODEL_SERVING)) {
            trips.readings.forEach(r -> process(harness, HealthInput.of(r)));
            advance(harness, afterTripMillis());
            assertThat(harness.numEventTimeTimers()).as("only each vehicle's terminator interval still waits")
                    .isEqualTo(2);
            for (String vin : HealthTrips.VINS.subList(0, 2)) {
                assertThat(health(harness, vin).pendingCount()).as("held back for " + vin).isZero();
                assertThat(health(harness, vin).readings()).as("the terminator is applied on arrival")
                        .isEqualTo(60 * 6 + 1);
            }

            advance(harness, Long.MAX_VALUE); // end of input

            assertThat(harness.numEventTimeTimers()).isZero();
            assertThat(harness.numProcessingTimeTimers()).isZero();
            for (String vin : HealthTrips.VINS.subList(0, 2)) {
                assertThat(health(harness, vin).pendingCount()).as("held back for " + vin).isZero();
                assertThat(health(harness, vin).readings()).as("state of " + vin + " kept for its next trip")
                        .isEqualTo(60 * 6 + 1);
            }
        }
    }

    @ParameterizedTest(name = "rocksdb={0}")
    @ValueSource(booleans = {false, true})
    void shouldContinueFromASnapshotThroughTheStateSerializer(boolean rocksDb) throws Exception {
        HealthTrips trips = HealthTrips.of(2, SECONDS);
        List<HealthInput> inputs = new ArrayList<>();
        trips.readings.forEach(r -> inputs.add(HealthInput.of(r)));
        trips.reports.forEach(d -> inputs.add(HealthInput.of(d)));
        inputs.sort(java.util.Comparator.comparingLong(HealthInput::eventTimeMillis));
        long cut = HealthTrips.T0.plusSeconds(SECONDS / 2).toEpochMilli();

        List<HealthScore> scores = new ArrayList<>();
        List<Anomaly> anomalies = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        OperatorSubtaskState snapshot;
        try (var harness = unopened(rocksDb)) {
            harness.open();
            inputs.stream().filter(e -> e.eventTimeMillis() < cut).forEach(e -> process(harness, e));
            advance(harness, cut - 3_000); // some intervals scored, the last ones still held back
            snapshot = harness.snapshot(1, 1);
            collect(harness, scores, anomalies, alerts);
        }
        try (var harness = unopened(rocksDb)) {
            harness.initializeState(snapshot);
            harness.open();
            inputs.stream().filter(e -> e.eventTimeMillis() >= cut).forEach(e -> process(harness, e));
            advance(harness, afterTripMillis());
            collect(harness, scores, anomalies, alerts);
        }

        List<HealthOutput> expected = trips.reference();
        assertThat(HealthTrips.scoresByVin(scores))
                .isEqualTo(HealthTrips.scoresByVin(HealthReference.scores(expected)));
        assertThat(HealthTrips.anomaliesByVin(anomalies))
                .isEqualTo(HealthTrips.anomaliesByVin(HealthReference.anomalies(expected)));
        assertThat(HealthTrips.alertsByVin(alerts)).isEqualTo(HealthTrips.alertsByVin(HealthReference.alerts(expected)));
    }

    @Test
    void shouldForgetASilentVehicleAfterTheStateTtl() throws Exception {
        HealthTrips trips = HealthTrips.of(1, 30);
        try (var harness = newHarness(AnomalyModelLoader.AWAITING_MODEL_SERVING)) {
            harness.setStateTtlProcessingTime(0);
            trips.readings.forEach(r -> process(harness, HealthInput.of(r)));
            advance(harness, afterTripMillis());
            String vin = HealthTrips.VINS.get(0);
            assertThat(health(harness, vin)).isNotNull();

            harness.setStateTtlProcessingTime(TTL.toMillis() + 1);

            assertThat(health(harness, vin)).isNull();
        }
    }

    @Test
    void shouldKeepScoringStatisticallyWhenAPromotedModelCannotBeLoaded() throws Exception {
        HealthTrips trips = HealthTrips.of(1, SECONDS);
        try (var harness = newHarness(AnomalyModelLoader.AWAITING_MODEL_SERVING)) {
            harness.processBroadcastElement(promoted("iforest@1"), 0);
            trips.readings.forEach(r -> process(harness, HealthInput.of(r)));
            trips.reports.forEach(d -> process(harness, HealthInput.of(d)));
            advance(harness, afterTripMillis());

            assertMatchesReference(harness, trips.reference());
        }
    }

    @Test
    void shouldScoreWithAModelSwappedInFromTheControlStream() throws Exception {
        HealthTrips trips = HealthTrips.of(1, 60);
        AnomalyModelLoader alwaysStrange = update -> new AnomalyScorer() {
            @Override
            public String id() {
                return update.modelId();
            }

            @Override
            public double score(FeatureVector features) {
                return 9;
            }

            @Override
            public double threshold() {
                return 5;
            }
        };
        try (var harness = newHarness(alwaysStrange)) {
            harness.processBroadcastElement(promoted("iforest@2"), 0);
            trips.readings.forEach(r -> process(harness, HealthInput.of(r)));
            advance(harness, afterTripMillis());

            List<Anomaly> anomalies = sideOutput(harness, HealthFunction.ANOMALIES);
            assertThat(anomalies).filteredOn(a -> a.detector().equals("iforest@2"))
                    .as("one model anomaly per scored 10 s interval").hasSize(6)
                    .allSatisfy(a -> assertThat(a.signal()).isEqualTo("FEATURES"));
        }
    }

    @Test
    void shouldIgnoreResentReadingsWholeOrInPartAndGiveTheSameOutputsAsWithoutThem() throws Exception {
        List<ObdReading> readings = HealthTrips.of(1, SECONDS).readings;
        int n = readings.size();
        try (var once = newHarness(AnomalyModelLoader.AWAITING_MODEL_SERVING);
             var resent = newHarness(AnomalyModelLoader.AWAITING_MODEL_SERVING)) {
            readings.forEach(r -> process(once, HealthInput.of(r)));
            advance(once, afterTripMillis());

            // the first half as single readings, then a journal replay: the last 20 again one by one, then a batch of
            // 10 already seen and 30 new ones, then the rest
            readings.subList(0, n / 2).forEach(r -> process(resent, HealthInput.of(r)));
            readings.subList(n / 2 - 20, n / 2).forEach(r -> process(resent, HealthInput.of(r)));
            process(resent, HealthInput.of(new ObdReadingBatch(readings.subList(n / 2 - 10, n / 2 + 30))));
            readings.subList(n / 2 + 30, n).forEach(r -> process(resent, HealthInput.of(r)));
            advance(resent, afterTripMillis());

            assertThat(resent.extractOutputValues()).isNotEmpty().isEqualTo(once.extractOutputValues());
            assertThat(sideOutput(resent, HealthFunction.ALERTS)).isEqualTo(sideOutput(once, HealthFunction.ALERTS));
            assertThat(sideOutput(resent, HealthFunction.ANOMALIES))
                    .isEqualTo(sideOutput(once, HealthFunction.ANOMALIES));
            assertThat(sideOutput(resent, HealthFunction.LATE)).isEmpty();
        }
    }

    @Test
    void shouldRouteANewEventTheWatermarkHasPassedAsideButCountAResentOneAsADuplicate() throws Exception {
        HealthTrips trips = HealthTrips.of(1, SECONDS);
        List<ObdReading> readings = trips.readings;
        int n = readings.size();
        try (var harness = newHarness(AnomalyModelLoader.AWAITING_MODEL_SERVING)) {
            readings.subList(0, n / 2).forEach(r -> process(harness, HealthInput.of(r)));
            long watermark = readings.get(n / 2 - 1).capturedAt().plusSeconds(1).toEpochMilli();
            advance(harness, watermark);
            int scores = harness.extractOutputValues().size();

            ObdReading resent = readings.get(n / 2 - 1);
            process(harness, HealthInput.of(resent)); // seen and behind the watermark: a duplicate, not late
            ObdReading late = new ObdReading(resent.vin(), resent.signal(), resent.value(), resent.unit(),
                    resent.capturedAt(), "another-collector", 1); // new, but behind the watermark
            process(harness, HealthInput.of(late));
            process(harness, HealthInput.of(trips.reports.get(0))); // the trip's first report is long past too

            assertThat(sideOutput(harness, HealthFunction.LATE)).containsExactly(HealthInput.of(late),
                    HealthInput.of(trips.reports.get(0)));
            assertThat(harness.extractOutputValues()).hasSize(scores);
        }
    }

    private static ModelUpdate promoted(String id) {
        return new ModelUpdate(AnomalyModelLoader.MODEL_NAME, id, ModelAction.PROMOTED, "model:///" + id,
                Instant.parse("2026-02-01T00:00:00Z"));
    }

    private static long afterTripMillis() {
        // past every trip's last interval, before the terminators an hour later
        return HealthTrips.T0.plusSeconds(SECONDS + 60).toEpochMilli();
    }

    /** A harness not yet opened, so a test can restore state into it first. */
    private static KeyedBroadcastOperatorTestHarness<String, HealthInput, ModelUpdate, HealthScore> unopened(
            boolean rocksDb) throws Exception {
        var harness = new KeyedBroadcastOperatorTestHarness<>(new CoBroadcastWithKeyedOperator<>(
                new HealthFunction(AnomalyModelLoader.AWAITING_MODEL_SERVING, TTL),
                List.of(ModelSwappingFunction.MODEL_UPDATES)), new HealthJob.ByVin(), Types.STRING, 1, 1, 0);
        if (rocksDb) {
            harness.setStateBackend(new EmbeddedRocksDBStateBackend());
        }
        return harness;
    }

    private static KeyedBroadcastOperatorTestHarness<String, HealthInput, ModelUpdate, HealthScore> newHarness(
            AnomalyModelLoader loader) throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(new HealthFunction(loader, TTL),
                new HealthJob.ByVin(), Types.STRING, ModelSwappingFunction.MODEL_UPDATES);
    }

    private static void process(KeyedBroadcastOperatorTestHarness<String, HealthInput, ModelUpdate, HealthScore> h,
                                HealthInput in) {
        try {
            h.processElement(in, in.eventTimeMillis());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Moves event time on both inputs (in the job the broadcast input is idle and never holds it back). */
    private static void advance(KeyedBroadcastOperatorTestHarness<String, HealthInput, ModelUpdate, HealthScore> h,
                                long watermark) throws Exception {
        h.processBroadcastWatermark(watermark);
        h.processWatermark(watermark);
    }

    private static void assertMatchesReference(
            KeyedBroadcastOperatorTestHarness<String, HealthInput, ModelUpdate, HealthScore> harness,
            List<HealthOutput> expected) {
        assertThat(HealthTrips.scoresByVin(harness.extractOutputValues()))
                .isEqualTo(HealthTrips.scoresByVin(HealthReference.scores(expected)));
        assertThat(HealthTrips.anomaliesByVin(sideOutput(harness, HealthFunction.ANOMALIES)))
                .isEqualTo(HealthTrips.anomaliesByVin(HealthReference.anomalies(expected)));
        assertThat(HealthTrips.alertsByVin(sideOutput(harness, HealthFunction.ALERTS)))
                .isEqualTo(HealthTrips.alertsByVin(HealthReference.alerts(expected)));
        assertThat(HealthReference.scores(expected)).isNotEmpty();
    }

    private static void collect(KeyedBroadcastOperatorTestHarness<String, HealthInput, ModelUpdate, HealthScore> h,
                                List<HealthScore> scores, List<Anomaly> anomalies, List<Alert> alerts) {
        scores.addAll(h.extractOutputValues());
        anomalies.addAll(sideOutput(h, HealthFunction.ANOMALIES));
        alerts.addAll(sideOutput(h, HealthFunction.ALERTS));
    }

    private static <X> List<X> sideOutput(KeyedBroadcastOperatorTestHarness<String, HealthInput, ModelUpdate,
            HealthScore> h, org.apache.flink.util.OutputTag<X> tag) {
        var records = h.getSideOutput(tag);
        return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
    }

    private static VehicleHealthState health(
            KeyedBroadcastOperatorTestHarness<String, HealthInput, ModelUpdate, HealthScore> h, String vin)
            throws Exception {
        KeyedStateBackend<String> backend = h.getOperator().getKeyedStateBackend();
        backend.setCurrentKey(vin);
        ValueState<VehicleSlot> state = backend.getPartitionedState(VoidNamespace.INSTANCE,
                VoidNamespaceSerializer.INSTANCE, HealthFunction.vehicleDescriptor(TTL));
        VehicleSlot slot = state.value();
        return slot == null ? null : slot.health;
    }
}
