package com.kcspeedshop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kcspeedshop.infra.postgres.EmbeddedPostgresServer;
import com.kcspeedshop.platform.identity.BrowserLogin;
import com.kcspeedshop.platform.identity.Role;
import com.kcspeedshop.platform.identity.issuer.DemoUsers;
import com.kcspeedshop.platform.identity.issuer.DemoUsers.DemoUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walking skeleton end to end, all real: simulator → Kafka → Flink → PostgreSQL → REST and WebSocket; then a restart
 * on the same data folder keeps what was computed and carries on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackIT {

    private static final int CARS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;

    private static LocalStack stack;
    private static LocalStackSettings boundSettings;
    private static String token;

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void windowResultsForEverySimulatedCarReachPostgresRestAndAWebSocketClient() throws Exception {
        stack = LocalStack.start(LocalStackSettings.forTests(dataDir, CARS));
        boundSettings = stack.boundSettings();
        List<String> vins = stack.vins();
        assertThat(vins).hasSize(CARS).doesNotHaveDuplicates();

        // as a person would: the seeded demo operator (who sees every car) logs in through the embedded issuer
        DemoUser operator = DemoUsers.USERS.stream().filter(u -> u.role() == Role.OPERATOR).findFirst().orElseThrow();
        token = BrowserLogin.accessToken("http://localhost:" + stack.httpPort(), operator.username(),
                operator.password());
        Set<String> vinsPushed = ConcurrentHashMap.newKeySet();
        WebSocket socket = HTTP.newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + stack.httpPort() + "/ws/signals?access_token=" + token),
                        collectVins(vinsPushed))
                .join();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(vinsWithWindows(stack.jdbcUrl())).containsAll(vins));

        Set<String> listed = new HashSet<>();
        getJson("/api/vehicles").forEach(v -> listed.add(v.get("vin").asText()));
        assertThat(listed).containsAll(vins);

        for (String vin : vins) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Set<String> signals = new HashSet<>();
                getJson("/api/vehicles/" + vin + "/signals/latest").forEach(s -> signals.add(s.get("signal").asText()));
                assertThat(signals).contains("ENGINE_RPM", "VEHICLE_SPEED", "COOLANT_TEMP", "CONTROL_MODULE_VOLTAGE");
            });
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(vinsPushed).containsAll(vins));
        socket.abort();

        // DEMO: the demo owner owns the first two simulated cars, so the owner's view is not empty on a fresh start
        DemoUser owner = DemoUsers.USERS.stream().filter(u -> u.role() == Role.VEHICLE_OWNER).findFirst().orElseThrow();
        String ownerToken = BrowserLogin.accessToken("http://localhost:" + stack.httpPort(), owner.username(),
                owner.password());
        HttpResponse<String> owned = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + stack.httpPort()
                + "/api/vehicles")).header("Authorization", "Bearer " + ownerToken).build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> ownedVins = new java.util.ArrayList<>();
        JSON.readTree(owned.body()).forEach(v -> ownedVins.add(v.get("vin").asText()));
        assertThat(ownedVins).containsExactlyInAnyOrderElementsOf(vins.subList(0, 2));
    }

    @Test
    @Order(2)
    void healthScoresOfEverySimulatedCarReachPostgresThroughTheHealthJob() throws Exception {
        assertThat(stack).as("the first test started the stack").isNotNull();
        List<String> vins = stack.vins();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(vinsWithHealthScores(stack.jdbcUrl())).containsAll(vins));
        Set<String> subsystems = new HashSet<>();
        query(stack.jdbcUrl(), "SELECT DISTINCT subsystem FROM health_score", rs -> subsystems.add(rs.getString(1)));
        assertThat(subsystems).as("the simulator reports coolant and voltage, so these are scored")
                .contains("cooling", "charging", "overall");
        JsonNode latest = getJson("/api/vehicles/" + vins.get(0) + "/health");
        assertThat(latest.size()).as("the platform serves the job's scores: " + latest).isPositive();
    }

    @Test
    @Order(3)
    void aRestartOnTheSameDataFolderKeepsEarlierWindowsAndCarriesOn() throws Exception {
        assertThat(stack).as("the first test started the stack").isNotNull();
        stack.close();
        Set<String> rowsBeforeRestart;
        // everything is stopped: read what the first run left with a PostgreSQL of our own on the same folder
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), 0)) {
            rowsBeforeRestart = windowKeys(pg.jdbcUrl(LocalStack.DATABASE));
        }
        assertThat(rowsBeforeRestart).isNotEmpty();

        stack = LocalStack.start(boundSettings);
        assertThat(windowKeys(stack.jdbcUrl())).containsAll(rowsBeforeRestart);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(windowKeys(stack.jdbcUrl())).hasSizeGreaterThan(rowsBeforeRestart.size()));
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + stack.httpPort() + path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Set<String> vinsWithWindows(String jdbcUrl) throws Exception {
        Set<String> vins = new HashSet<>();
        query(jdbcUrl, "SELECT DISTINCT vin FROM signal_window", rs -> vins.add(rs.getString(1)));
        return vins;
    }

    private static Set<String> vinsWithHealthScores(String jdbcUrl) throws Exception {
        Set<String> vins = new HashSet<>();
        query(jdbcUrl, "SELECT DISTINCT vin FROM health_score", rs -> vins.add(rs.getString(1)));
        return vins;
    }

    private static Set<String> windowKeys(String jdbcUrl) throws Exception {
        Set<String> keys = new HashSet<>();
        query(jdbcUrl, "SELECT vin, signal, window_start FROM signal_window",
                rs -> keys.add(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getTimestamp(3).toInstant()));
        return keys;
    }

    private interface RowHandler {
        void accept(ResultSet rs) throws Exception;
    }

    private static void query(String url, String sql, RowHandler handler) throws Exception {
        try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                handler.accept(rs);
            }
        }
    }

    private static WebSocket.Listener collectVins(Set<String> vins) {
        return new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    try {
                        JsonNode message = JSON.readTree(partial.toString());
                        if (message.has("vin")) {
                            vins.add(message.get("vin").asText());
                        }
                    } catch (Exception e) {
                        throw new AssertionError("the socket sent something that is not JSON: " + partial, e);
                    }
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        };
    }
}
