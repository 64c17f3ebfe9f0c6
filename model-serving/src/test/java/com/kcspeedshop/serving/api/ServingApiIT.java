package com.kcspeedshop.serving.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kcspeedshop.events.ModelAction;
import com.kcspeedshop.events.ModelUpdate;
import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.serving.registry.Evaluation;
import com.kcspeedshop.serving.registry.FolderArtifactStore;
import com.kcspeedshop.serving.registry.ModelRegistry;
import com.kcspeedshop.serving.registry.ModelUpdatePublisher;
import com.kcspeedshop.serving.registry.RegistryFixture;
import com.kcspeedshop.serving.scorer.GoldenArtifacts;
import com.kcspeedshop.serving.scorer.Scorer;
import com.kcspeedshop.serving.scorer.Scorers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a real PostgreSQL registry and a real Kafka topic: it starts serving the registry's champion (the
 * golden tree), answers exactly what the in-process scorer answers, refuses bad input with problem details, and swaps
 * to the golden DL4J model when the registry promotes it (keeping the tree while a broken artifact is announced).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServingApiIT {

    private static final String NAME = "rul-golden";
    private static final String SHA = "d".repeat(64);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String TOPIC = "models.updates.api-test-" + Long.toHexString(System.nanoTime());
    static Path store;
    static ModelRegistry registry;
    static ModelUpdatePublisher publisher;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void registryWithAChampion(DynamicPropertyRegistry props) throws Exception {
        store = Files.createTempDirectory("serving-store-");
        String db = "serving_" + Long.toHexString(System.nanoTime());
        var ds = RegistryFixture.database(db);
        SharedInfrastructure.kafka().createTopics(1, TOPIC);
        publisher = new ModelUpdatePublisher(SharedInfrastructure.kafka().bootstrapServers(), TOPIC);
        registry = new ModelRegistry(ds, new FolderArtifactStore(store), publisher, Clock.systemUTC());
        registry.promote(registry.register(NAME, GoldenArtifacts.TREE, null,
                new Evaluation("golden-input", SHA, "rmse", 20, true)).id());
        props.add("serving.registry.jdbc-url", () -> SharedInfrastructure.postgres().jdbcUrl(db));
        props.add("serving.artifact-store", store::toString);
        props.add("serving.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
        props.add("serving.kafka.topic", () -> TOPIC);
    }

    @AfterAll
    static void closePublisher() {
        publisher.close();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).doubleValue();
        }
        return out;
    }

    @Test
    @Order(1)
    void shouldListTheChampionItServesWithItsFeatureNames() throws Exception {
        JsonNode models = JSON.readTree(get("/v1/models").body());

        assertThat(models).hasSize(1);
        assertThat(models.get(0).get("name").asText()).isEqualTo(NAME);
        assertThat(models.get(0).get("id").asText()).isEqualTo("rul-tree-v1");
        assertThat(models.get(0).get("featureCount").asInt()).isEqualTo(GoldenArtifacts.rows(GoldenArtifacts.TREE)[0]
                .length);
    }

    @Test
    @Order(2)
    void shouldAnswerExactlyWhatTheInProcessScorerAnswersSingleAndBatch() throws Exception {
        double[][] rows = GoldenArtifacts.rows(GoldenArtifacts.TREE);
        Scorer local = Scorers.load(GoldenArtifacts.TREE, null, NAME);
        double[] expected = local.predict(rows);

        JsonNode batch = JSON.readTree(post("/v1/models/" + NAME + "/predict",
                JSON.writeValueAsString(java.util.Map.of("instances", rows))).body());
        assertThat(doubles(batch.get("predictions"))).containsExactly(expected);
        assertThat(batch.get("modelId").asText()).isEqualTo("rul-tree-v1");
        for (int i = 0; i < rows.length; i++) {
            JsonNode one = JSON.readTree(post("/v1/models/" + NAME + "/predict",
                    JSON.writeValueAsString(java.util.Map.of("features", rows[i]))).body());
            assertThat(one.get("prediction").doubleValue()).as("row %d", i).isEqualTo(expected[i]);
        }
        // and both match what the artifact predicted when model-training saved it
        double[] golden = GoldenArtifacts.expected(GoldenArtifacts.TREE);
        for (int i = 0; i < golden.length; i++) {
            assertThat(expected[i]).isCloseTo(golden[i], org.assertj.core.api.Assertions.within(1e-4));
        }
    }

    @Test
    @Order(3)
    void shouldAnswerBadInputWithProblemDetails() throws Exception {
        double[] row = GoldenArtifacts.rows(GoldenArtifacts.TREE)[0];
        String predict = "/v1/models/" + NAME + "/predict";

        HttpResponse<String> shortRow = post(predict, JSON.writeValueAsString(
                java.util.Map.of("features", Arrays.copyOf(row, 3))));
        assertProblem(shortRow, 422, "feature-count", "has 3 features");

        String nan = "{\"features\":[NaN" + ",1".repeat(row.length - 1) + "]}";
        assertProblem(post(predict, nan), 422, "not-finite", "NaN");

        assertProblem(post("/v1/models/no-such-model/predict", "{\"features\":[1]}"), 404, "unknown-model",
                "no-such-model");
        assertProblem(post(predict, "{\"features\":[1],\"instances\":[[1]]}"), 400, "bad-request", "exactly one");
        assertProblem(post(predict, "{}"), 400, "bad-request", "exactly one");
        assertProblem(post(predict, "{\"instances\":[]}"), 400, "missing-rows", "no feature rows");

        HttpResponse<String> malformed = post(predict, "{\"features\":[1,");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
    }

    private static void assertProblem(HttpResponse<String> r, int status, String type, String detail)
            throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asText()).endsWith("/" + type);
        assertThat(p.get("detail").asText()).contains(detail);
    }

    @Test
    @Order(4)
    void shouldExposeLatencyPerModelToPrometheusAndDescribeTheApiInOpenApi() throws Exception {
        HttpResponse<String> prom = get("/actuator/prometheus");
        assertThat(prom.statusCode()).isEqualTo(200);
        assertThat(prom.body()).containsPattern("model_prediction_seconds_count\\{[^}]*model=\"" + NAME + "\"");
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/v1/models/{name}/predict");
    }

    @Test
    @Order(5)
    void shouldKeepServingTheOldModelWhenAnAnnouncedArtifactDoesNotLoadAndSwapWhenTheRegistryPromotes()
            throws Exception {
        Path broken = Files.createDirectories(store.resolve("broken"));
        publisher.publish(new ModelUpdate(NAME, "broken", ModelAction.PROMOTED, broken.toUri().toString(),
                Instant.now()));
        double[][] cnnRows = GoldenArtifacts.rows(GoldenArtifacts.DL4J);
        double[] cnnExpected = Scorers.load(GoldenArtifacts.DL4J, null, NAME).predict(cnnRows);

        registry.promote(registry.register(NAME, GoldenArtifacts.DL4J, null,
                new Evaluation("golden-input", SHA, "rmse", 10, true)).id());

        // until the swap the tree answers, and refuses the DL4J rows naming itself (the broken update, earlier on
        // the same partition, changed nothing); afterwards the DL4J model answers them
        String cnnBody = JSON.writeValueAsString(java.util.Map.of("instances", cnnRows));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode answer = null;
        int refusedByTree = 0;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = post("/v1/models/" + NAME + "/predict", cnnBody);
            if (r.statusCode() == 200) {
                answer = JSON.readTree(r.body());
                break;
            }
            assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
            assertThat(JSON.readTree(r.body()).get("detail").asText()).contains("(rul-tree-v1)");
            refusedByTree++;
            Thread.sleep(50);
        }
        assertThat(answer).as("the DL4J model was not served within 30 s").isNotNull();
        assertThat(answer.get("modelId").asText()).isEqualTo("rul-dl4j-v1");
        assertThat(doubles(answer.get("predictions"))).containsExactly(cnnExpected);
        assertThat(JSON.readTree(get("/v1/models").body()).get(0).get("id").asText()).isEqualTo("rul-dl4j-v1");
    }
}
