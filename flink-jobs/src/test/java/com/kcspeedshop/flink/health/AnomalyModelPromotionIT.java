package com.kcspeedshop.flink.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.DeadLetter;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.flink.models.ModelSwappingFunction;
import com.kcspeedshop.flink.testing.SharedFlink;
import com.kcspeedshop.flink.testing.TestDatabase;
import com.kcspeedshop.flink.testing.TestKafka;
import com.kcspeedshop.serving.registry.Evaluation;
import com.kcspeedshop.serving.registry.FolderArtifactStore;
import com.kcspeedshop.serving.registry.ModelRegistry;
import com.kcspeedshop.serving.registry.ModelUpdatePublisher;
import com.kcspeedshop.serving.registry.RegisteredModel;
import com.kcspeedshop.training.artifact.Provenance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The whole in-stream model path, for real: a model trained in the test is registered in the PostgreSQL registry,
 * copied into the folder artifact store and promoted, which publishes a {@code ModelUpdate} to the job's control topic;
 * the running health job (production wiring, {@code models.artifact-store} pointing at the store) fetches it, checks
 * its sha256 sums, loads it through model-serving's scorer and raises model anomalies from then on, without a restart.
 * A second promotion whose stored artifact was corrupted is refused with a dead letter, and the first model keeps
 * scoring.
 */
@ExtendWith(SharedFlink.class)
class AnomalyModelPromotionIT {

    private static final Instant T0 = HealthTrips.T0;
    private static final String NAME = AnomalyModelLoader.MODEL_NAME;

    private static TestDatabase database;
    private static TestKafka kafka;

    @TempDir
    Path tmp;

    @BeforeAll
    static void infrastructure() {
        database = TestDatabase.migrated("anomaly_model_it");
        kafka = new TestKafka();
    }

    @AfterAll
    static void closeClients() {
        kafka.close();
    }

    @Test
    void shouldRaiseModelAnomaliesOnceAModelIsPromotedMidStreamAndKeepItWhenTheNextOneIsCorrupt() throws Exception {
        HealthTrips trips = HealthTrips.of(3, 200);
        Path store = tmp.resolve("registry");
        try (HealthItSupport it = new HealthItSupport(kafka);
             ModelUpdatePublisher publisher = new ModelUpdatePublisher(kafka.bootstrapServers(), it.models)) {
            ModelRegistry registry = new ModelRegistry(dataSource(), new FolderArtifactStore(store), publisher,
                    Clock.systemUTC());
            Map<String, String> settings = it.settings(database.jdbc().url());
            settings.put("models.artifact-store", store.toString());
            JobClient job = HealthJob.start(StreamExecutionEnvironment.getExecutionEnvironment(),
                    HealthJobConfig.fromMap(settings));
            try {
                // 1. no model yet: only the statistical detector
                it.produce(trips, t -> t.isBefore(T0.plusSeconds(100)));
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    HealthJobIT.assertRunning(job);
                    assertThat(it.committedScores()).extracting(HealthScore::computedAt)
                            .contains(T0.plusSeconds(90));
                });
                assertThat(modelAnomalies(it)).isEmpty();

                // 2. promote a model mid-stream; the job swaps it in on every subtask
                RegisteredModel a = registry.register(NAME, TinyAnomalyModel.write(tmp.resolve("a"),
                        "vehicle-anomaly-rpm-a", 500, 1), "xgboost", evaluation(0.80));
                registry.promote(a.id());
                awaitCounter(job, ModelSwappingFunction.SWAPS_METRIC, SharedFlink.PARALLELISM);
                it.produce(trips, t -> !t.isBefore(T0.plusSeconds(100)) && t.isBefore(T0.plusSeconds(150)));
                String detectorA = NAME + "@vehicle-anomaly-rpm-a#xgboost";
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    HealthJobIT.assertRunning(job);
                    assertThat(modelAnomalies(it)).extracting(Anomaly::detector).contains(detectorA);
                });
                assertThat(modelAnomalies(it)).allSatisfy(anomaly -> {
                    assertThat(anomaly.detector()).isEqualTo(detectorA);
                    // intervals up to 90 s were scored before the promotion; the model scores from the next one
                    assertThat(anomaly.detectedAt()).isAfterOrEqualTo(T0.plusSeconds(100));
                    assertThat(anomaly.score()).isGreaterThanOrEqualTo(0.5);
                });

                // 3. a better-evaluated challenger whose stored file was damaged: dead letter, model A stays
                RegisteredModel b = registry.register(NAME, TinyAnomalyModel.write(tmp.resolve("b"),
                        "vehicle-anomaly-rpm-b", 5000, 2), "xgboost", evaluation(0.90));
                Files.writeString(store.resolve(b.id()).resolve(TinyAnomalyModel.FILE), "damaged on disk");
                registry.promote(b.id());
                awaitCounter(job, ModelSwappingFunction.LOAD_FAILURES_METRIC, SharedFlink.PARALLELISM);
                it.produce(trips, t -> !t.isBefore(T0.plusSeconds(150)));
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    HealthJobIT.assertRunning(job);
                    assertThat(modelAnomalies(it)).extracting(Anomaly::detectedAt).contains(T0.plusSeconds(190));
                    assertThat(deadLetters(it)).hasSize(SharedFlink.PARALLELISM);
                });
                assertThat(modelAnomalies(it)).extracting(Anomaly::detector).containsOnly(detectorA);
                assertThat(deadLetters(it)).allSatisfy(d -> {
                    assertThat(d.reason()).contains(b.id()).contains("sha256 of " + TinyAnomalyModel.FILE)
                            .contains("keeping " + a.id());
                    assertThat(Events.MODEL_UPDATE.decode(d.payload()).modelId()).isEqualTo(b.id());
                });
            } finally {
                SharedFlink.cancelAndWait(job);
            }
        }
    }

    private static List<Anomaly> modelAnomalies(HealthItSupport it) {
        return it.committedAnomalies().stream().filter(a -> a.detector().startsWith(NAME + "@")).toList();
    }

    private static List<DeadLetter> deadLetters(HealthItSupport it) {
        return kafka.readAll(it.deadLetters).stream()
                .map(r -> Events.DEAD_LETTER.fromJson(new String(r.value(), StandardCharsets.UTF_8))).toList();
    }

    private static void awaitCounter(JobClient job, String metric, long expected) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            HealthJobIT.assertRunning(job);
            assertThat(SharedFlink.counterSum(job.getJobID(), "vehicle-health", metric)).isEqualTo(expected);
        });
    }

    private static Evaluation evaluation(double f1) {
        return new Evaluation("obd-holdout-v1", sha256("obd-holdout-v1"), "f1", f1, false);
    }

    private static String sha256(String text) {
        try {
            Path f = Files.createTempFile("eval", ".txt");
            Files.writeString(f, text);
            String sha = Provenance.sha256(f);
            Files.delete(f);
            return sha;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(database.jdbc().url());
        ds.setUser(database.jdbc().user());
        ds.setPassword(database.jdbc().password());
        return ds;
    }
}
