package com.kcspeedshop.flink.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.ModelAction;
import com.kcspeedshop.events.ModelUpdate;
import com.kcspeedshop.events.ObdReading;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;

/**
 * A keyed scorer built on {@link ModelSwappingFunction}, driven through Flink's broadcast harness: models are swapped
 * by control events alone, stale and broken updates cannot break scoring, and the newest update survives a restore.
 */
class ModelSwappingFunctionTest {

    private static final String VIN = "1HGCM82633A004352";
    private static final String MODEL = "anomaly-obd";
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final KeySelector<ObdReading, String> BY_VIN = ObdReading::vin;

    /**
     * Scores a reading as value × factor, the factor read from the artifact URI ({@code model:///factor/2.5}); a URI
     * under {@code /broken/} cannot be loaded.
     */
    static final class ScaleScorer extends ModelSwappingFunction<String, ObdReading, String, Double> {
        private static final long serialVersionUID = 1L;

        ScaleScorer() {
            super(update -> {
                String path = update.artifact().getPath();
                if (path.startsWith("/broken/")) {
                    throw new java.io.IOException("artifact unreadable: " + update.artifactUri());
                }
                return Double.parseDouble(path.substring("/factor/".length()));
            });
        }

        @Override
        public void processElement(ObdReading reading, ReadOnlyContext ctx, Collector<String> out) throws Exception {
            out.collect(model(MODEL, ctx)
                    .map(factor -> loadedModelId(MODEL).orElseThrow() + "=" + reading.value() * factor)
                    .orElse("no-model"));
        }
    }

    @Test
    void shouldSwapTheScorerLiveWhenANewerModelIsPromoted() throws Exception {
        ScaleScorer scorer = new ScaleScorer();
        try (var harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(scorer, BY_VIN,
                Types.STRING, ModelSwappingFunction.MODEL_UPDATES)) {
            harness.processElement(reading(10), 0);
            harness.processBroadcastElement(promoted("m-1", "factor/2", 1), 0);
            harness.processElement(reading(10), 0);
            harness.processBroadcastElement(promoted("m-2", "factor/3", 2), 0);
            harness.processElement(reading(10), 0);

            assertThat(harness.extractOutputValues()).containsExactly("no-model", "m-1=20.0", "m-2=30.0");
            assertThat(harness.getBroadcastState(ModelSwappingFunction.MODEL_UPDATES).get(MODEL).modelId())
                    .isEqualTo("m-2");
            assertThat(scorer.swapCount()).isEqualTo(2);
            // no timers, and (by construction) no keyed state: nothing to clean up per vehicle
            assertThat(harness.numEventTimeTimers()).isZero();
            assertThat(harness.numProcessingTimeTimers()).isZero();
        }
    }

    @Test
    void shouldIgnoreAnUpdateOlderThanTheOneItHolds() throws Exception {
        ScaleScorer scorer = new ScaleScorer();
        try (var harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(scorer, BY_VIN,
                Types.STRING, ModelSwappingFunction.MODEL_UPDATES)) {
            harness.processBroadcastElement(promoted("m-2", "factor/3", 2), 0);
            harness.processBroadcastElement(promoted("m-1", "factor/2", 1), 0); // a replayed, older promotion
            harness.processBroadcastElement(promoted("m-2b", "factor/9", 2), 0); // same time: not newer
            harness.processElement(reading(10), 0);

            assertThat(harness.extractOutputValues()).containsExactly("m-2=30.0");
            assertThat(scorer.staleCount()).isEqualTo(2);
        }
    }

    @Test
    void shouldKeepScoringWithThePreviousModelWhenANewArtifactCannotBeLoaded() throws Exception {
        ScaleScorer scorer = new ScaleScorer();
        try (var harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(scorer, BY_VIN,
                Types.STRING, ModelSwappingFunction.MODEL_UPDATES)) {
            harness.processBroadcastElement(promoted("m-1", "factor/2", 1), 0);
            harness.processBroadcastElement(promoted("m-2", "broken/x", 2), 0);
            harness.processElement(reading(10), 0);
            harness.processElement(reading(11), 0);

            assertThat(harness.extractOutputValues()).containsExactly("m-1=20.0", "m-1=22.0");
            assertThat(scorer.loadFailureCount()).as("tried once per model id, not per reading").isEqualTo(1);
        }
    }

    @Test
    void shouldStopScoringWhenTheModelIsRetiredAndNotReviveItFromAnOlderPromotion() throws Exception {
        try (var harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(new ScaleScorer(), BY_VIN,
                Types.STRING, ModelSwappingFunction.MODEL_UPDATES)) {
            harness.processBroadcastElement(promoted("m-1", "factor/2", 1), 0);
            harness.processBroadcastElement(new ModelUpdate(MODEL, "m-1", ModelAction.RETIRED,
                    "model:///factor/2", T0.plusSeconds(3)), 0);
            harness.processElement(reading(10), 0);
            harness.processBroadcastElement(promoted("m-0", "factor/5", 2), 0);
            harness.processElement(reading(10), 0);

            assertThat(harness.extractOutputValues()).containsExactly("no-model", "no-model");
        }
    }

    @Test
    void shouldRestoreTheNewestModelFromASnapshotAndReloadItOnFirstUse() throws Exception {
        OperatorSubtaskState snapshot;
        try (var harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(new ScaleScorer(), BY_VIN,
                Types.STRING, ModelSwappingFunction.MODEL_UPDATES)) {
            harness.processBroadcastElement(promoted("m-1", "factor/2", 1), 0);
            harness.processBroadcastElement(promoted("m-2", "factor/4", 2), 0);
            snapshot = harness.snapshot(1, 1);
        }

        ScaleScorer restored = new ScaleScorer();
        try (var harness = new KeyedBroadcastOperatorTestHarness<>(new CoBroadcastWithKeyedOperator<>(restored,
                List.of(ModelSwappingFunction.MODEL_UPDATES)), BY_VIN, Types.STRING, 1, 1, 0)) {
            harness.initializeState(snapshot);
            harness.open();
            harness.processElement(reading(10), 0);

            assertThat(harness.extractOutputValues()).containsExactly("m-2=40.0");
            assertThat(restored.swapCount()).isEqualTo(1);
        }
    }

    private static ModelUpdate promoted(String id, String path, int secondsAfterT0) {
        return new ModelUpdate(MODEL, id, ModelAction.PROMOTED, "model:///" + path, T0.plusSeconds(secondsAfterT0));
    }

    private static ObdReading reading(double value) {
        return new ObdReading(VIN, "ENGINE_RPM", value, "rpm", T0, "collector-1", 1);
    }
}
