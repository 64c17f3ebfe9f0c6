package com.kcspeedshop.flink.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.ModelAction;
import com.kcspeedshop.events.ModelPrediction;
import com.kcspeedshop.events.ModelUpdate;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.flink.ingest.EventKind;
import com.kcspeedshop.flink.ingest.IngestSettings;
import com.kcspeedshop.flink.ingest.IngestSources;
import com.kcspeedshop.flink.ingest.IngestStage;
import com.kcspeedshop.flink.ingest.ReadingsOfBatch;
import com.kcspeedshop.flink.io.EventSerializer;
import com.kcspeedshop.flink.io.KafkaSinks;
import com.kcspeedshop.flink.testing.SharedFlink;
import com.kcspeedshop.flink.testing.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A running job swaps its model when a {@link ModelUpdate} arrives on the control topic, without a restart; and the
 * control stream, silent for most of the test, never holds back the event time of the operator it feeds: event-time
 * timers fire before any update was ever published.
 */
@ExtendWith(SharedFlink.class)
class ModelSwapIT {

    private static final String VIN = "1HGCM82633A004352";
    private static final String MODEL = "anomaly-obd";
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private static TestKafka kafka;

    @BeforeAll
    static void clients() {
        kafka = new TestKafka();
    }

    @AfterAll
    static void closeClients() {
        kafka.close();
    }

    /**
     * One second of event time after each reading, emits a prediction with the model then in force; "baseline" (the
     * statistical fallback, factor 1) while there is none.
     */
    static final class PredictOnTimer extends ModelSwappingFunction<String, ObdReading, ModelPrediction, Double> {
        private static final long serialVersionUID = 1L;

        PredictOnTimer() {
            super(update -> Double.parseDouble(update.artifact().getPath().substring("/factor/".length())));
        }

        @Override
        public void processElement(ObdReading reading, ReadOnlyContext ctx, Collector<ModelPrediction> out) {
            ctx.timerService().registerEventTimeTimer(reading.capturedAt().toEpochMilli() + 1_000);
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<ModelPrediction> out) throws Exception {
            double factor = model(MODEL, ctx).orElse(1.0);
            out.collect(new ModelPrediction(MODEL, loadedModelId(MODEL).orElse("baseline"), ctx.getCurrentKey(),
                    Instant.ofEpochMilli(timestamp), factor));
        }
    }

    @Test
    void shouldScoreWithANewlyPromotedModelWithoutRestartingAndNeverStallEventTime() throws Exception {
        String[] t = TestKafka.freshTopics(1, "readings", "model-updates", "predictions");
        JobClient job = start(t);
        try {
            long second = 1;
            for (; second <= 5; second++) {
                send(t[0], second);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> !kafka.readAll(t[2]).isEmpty());
            assertThat(predictions(t[2])).extracting(ModelPrediction::modelId).containsOnly("baseline");

            kafka.send(t[1], 0, MODEL.getBytes(StandardCharsets.UTF_8), Events.MODEL_UPDATE.encode(new ModelUpdate(
                    MODEL, "iforest-7", ModelAction.PROMOTED, "model:///factor/2.5", Instant.now())));

            // keep event time moving until a prediction made after the update arrived uses the new model
            long[] next = {second};
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
                send(t[0], next[0]++);
                return predictions(t[2]).stream().anyMatch(p -> p.modelId().equals("iforest-7"));
            });
            List<ModelPrediction> all = predictions(t[2]);
            int firstSwapped = all.stream().map(ModelPrediction::modelId).toList().indexOf("iforest-7");
            assertThat(all.subList(firstSwapped, all.size())).allSatisfy(p -> {
                assertThat(p.modelId()).isEqualTo("iforest-7");
                assertThat(p.value()).isEqualTo(2.5);
            });
            assertThat(all.subList(0, firstSwapped)).allSatisfy(p -> assertThat(p.value()).isEqualTo(1.0));
            assertThat(SharedFlink.counterSum(job.getJobID(), "predict", ModelSwappingFunction.SWAPS_METRIC))
                    .isEqualTo(SharedFlink.PARALLELISM); // each subtask loaded the model once
        } finally {
            SharedFlink.cancelAndWait(job);
        }
    }

    private static JobClient start(String[] t) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        String servers = kafka.bootstrapServers();
        var readings = new IngestStage(new IngestSettings(Duration.ZERO, Duration.ofSeconds(1), Duration.ofHours(1),
                "model-swap-it")).ingest(env, IngestSources.kafka(servers, "model-swap-it-" + t[0], t[0],
                OffsetsInitializer.earliest(), false), EventKind.OBD_READINGS);
        ModelUpdates.Broadcast models = ModelUpdates.broadcast(env, IngestSources.kafka(servers,
                "model-swap-it-" + t[1], t[1], OffsetsInitializer.earliest(), false), "model-swap-it");
        ReadingsOfBatch.flatten(readings.events(), "it").keyBy(ObdReading::vin, Types.STRING)
                .connect(models.updates())
                .process(new PredictOnTimer(), TypeInformation.of(ModelPrediction.class))
                .name("predict").uid("predict")
                .sinkTo(KafkaSinks.atLeastOnce(servers,
                        new EventSerializer<>(t[2], ModelPrediction.class, ModelPrediction::vin)))
                .name("predictions-sink").uid("predictions-sink");
        return env.executeAsync("model-swap-it");
    }

    private static void send(String topic, long second) throws Exception {
        ObdReading reading = new ObdReading(VIN, "ENGINE_RPM", 800, "rpm", T0.plusSeconds(second), "collector-1",
                second);
        kafka.send(topic, 0, VIN.getBytes(StandardCharsets.UTF_8), Events.OBD_READING.encode(reading));
    }

    private static List<ModelPrediction> predictions(String topic) {
        return kafka.readAll(topic).stream().map(r -> Events.MODEL_PREDICTION.decode(r.value())).toList();
    }
}
