package com.kcspeedshop.serving.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.ModelAction;
import com.kcspeedshop.events.ModelUpdate;
import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.serving.scorer.GoldenArtifacts;
import com.kcspeedshop.serving.scorer.Scorers;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registry on a real PostgreSQL and Kafka: the promotion rules and what a promotion publishes. */
class ModelRegistryIT {

    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    @TempDir
    Path storeDir;
    String topic;
    ModelUpdatePublisher publisher;
    ModelRegistry registry;

    @BeforeEach
    void setUp() throws Exception {
        String db = "registry_" + Long.toHexString(System.nanoTime());
        topic = "models.updates.test-" + Long.toHexString(System.nanoTime());
        SharedInfrastructure.kafka().createTopics(1, topic);
        publisher = new ModelUpdatePublisher(SharedInfrastructure.kafka().bootstrapServers(), topic);
        registry = new ModelRegistry(RegistryFixture.database(db), new FolderArtifactStore(storeDir), publisher,
                Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        publisher.close();
    }

    private static Evaluation rmse(double value, String sha) {
        return new Evaluation("FD001-test", sha, "rmse", value, true);
    }

    @Test
    void shouldPromoteTheFirstModelAndPublishWhereItsArtifactIs() throws Exception {
        RegisteredModel tree = registry.register("rul-fd001", GoldenArtifacts.TREE, null, rmse(16.0, SHA_A));
        assertThat(tree.stage()).isEqualTo(Stage.CANDIDATE);

        RegisteredModel champion = registry.promote(tree.id());

        assertThat(champion.stage()).isEqualTo(Stage.CHAMPION);
        assertThat(champion.promotedAt()).isNotNull();
        List<ConsumerRecord<String, ModelUpdate>> updates = RegistryFixture.read(topic, 1);
        assertThat(updates).hasSize(1);
        ModelUpdate update = updates.get(0).value();
        assertThat(updates.get(0).key()).isEqualTo("rul-fd001");
        assertThat(update.modelName()).isEqualTo("rul-fd001");
        assertThat(update.modelId()).isEqualTo("rul-tree-v1");
        assertThat(update.action()).isEqualTo(ModelAction.PROMOTED);
        // the published URI points into the store, and the scorer loads it
        assertThat(Path.of(update.artifact().getPath())).startsWith(storeDir.toAbsolutePath());
        assertThat(Scorers.load(update.artifact(), "rul-fd001").metadata().id()).isEqualTo("rul-tree-v1");
    }

    @Test
    void shouldPromoteABetterChallengerAndArchiveTheChampion() throws Exception {
        RegisteredModel tree = registry.register("rul-fd001", GoldenArtifacts.TREE, null, rmse(16.0, SHA_A));
        registry.promote(tree.id());
        RegisteredModel cnn = registry.register("rul-fd001", GoldenArtifacts.DL4J, null, rmse(12.5, SHA_A));

        registry.promote(cnn.id());

        assertThat(registry.show(cnn.id()).orElseThrow().stage()).isEqualTo(Stage.CHAMPION);
        RegisteredModel old = registry.show(tree.id()).orElseThrow();
        assertThat(old.stage()).isEqualTo(Stage.ARCHIVED);
        assertThat(old.archivedAt()).isNotNull();
        assertThat(registry.champions()).extracting(RegisteredModel::id).containsExactly(cnn.id());
        assertThat(RegistryFixture.read(topic, 2)).extracting(r -> r.value().modelId())
                .containsExactly(tree.id(), cnn.id());
    }

    @Test
    void shouldRefuseAChallengerThatDoesNotBeatTheChampionAndShowBothFigures() throws Exception {
        RegisteredModel tree = registry.register("rul-fd001", GoldenArtifacts.TREE, null, rmse(13.0, SHA_A));
        registry.promote(tree.id());
        RegisteredModel cnn = registry.register("rul-fd001", GoldenArtifacts.DL4J, null, rmse(13.0, SHA_A));

        assertThatThrownBy(() -> registry.promote(cnn.id())).isInstanceOf(PromotionRefusedException.class)
                .hasMessageContaining("does not beat champion rul-tree-v1")
                .hasMessageContaining("rmse 13.0000 vs 13.0000");

        assertThat(registry.show(cnn.id()).orElseThrow().stage()).isEqualTo(Stage.CANDIDATE);
        assertThat(registry.show(tree.id()).orElseThrow().stage()).isEqualTo(Stage.CHAMPION);
        assertThat(RegistryFixture.read(topic, 2)).hasSize(1);
    }

    @Test
    void shouldRefuseToCompareAcrossEvaluationSetsDataOrMetrics() throws Exception {
        RegisteredModel tree = registry.register("rul-fd001", GoldenArtifacts.TREE, null, rmse(16.0, SHA_A));
        registry.promote(tree.id());
        RegisteredModel otherData = registry.register("rul-fd001", GoldenArtifacts.DL4J, null, rmse(5.0, SHA_B));

        assertThatThrownBy(() -> registry.promote(otherData.id())).isInstanceOf(PromotionRefusedException.class)
                .hasMessageContaining("different data").hasMessageContaining(SHA_A).hasMessageContaining(SHA_B);
        assertThat(registry.show(tree.id()).orElseThrow().stage()).isEqualTo(Stage.CHAMPION);
    }

    @Test
    void shouldRefuseADifferentEvaluationSetAndMetricWithAReason() {
        Evaluation base = rmse(16.0, SHA_A);
        assertThat(new Evaluation("FD002-test", SHA_A, "rmse", 1, true).whyNotComparable(base))
                .contains("evaluation sets differ: FD002-test vs FD001-test");
        assertThat(new Evaluation("FD001-test", SHA_A, "phm08", 1, true).whyNotComparable(base))
                .contains("metrics differ");
        assertThat(base.whyNotComparable(rmse(3, SHA_A))).isNull();
    }

    @Test
    void shouldKeepModelsOfOtherNamesApartAndRefuseBadNames() throws Exception {
        registry.promote(registry.register("rul-fd001", GoldenArtifacts.TREE, null, rmse(16.0, SHA_A)).id());
        registry.promote(registry.register("rul-fd002", GoldenArtifacts.DL4J, null, rmse(30.0, SHA_B)).id());

        assertThat(registry.champions()).extracting(RegisteredModel::name).containsExactly("rul-fd001", "rul-fd002");
        assertThat(registry.list("rul-fd002")).hasSize(1);
        assertThatThrownBy(() -> registry.register("RUL FD001", GoldenArtifacts.TREE, null, rmse(1, SHA_A)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model name");
        assertThatThrownBy(() -> registry.promote("no-such-id")).isInstanceOf(PromotionRefusedException.class)
                .hasMessageContaining("no registered model");
    }
}
