package com.kcspeedshop.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.platform.PlatformApiIntegrationTest;
import com.kcspeedshop.platform.identity.issuer.DemoUsers;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each role × each route × the caller's own object and another tenant's object → the expected status (OWASP API1 and
 * API5). "own" is a vehicle of the owner below, authorised for the Midtown workshop where the technician and admin
 * work; "other" belongs to somebody else and is authorised for Northland only. WS rows are the WebSocket handshake
 * (101 = subscribed). Every case starts from the same fixture, so a grant in one row cannot leak into another.
 */
class AuthorizationMatrixIT extends PlatformApiIntegrationTest {

    private static final String OWN = "1HGCM82633A004352";
    private static final String OTHER = "WVWZZZ1JZXW000001";
    private static final String NEW_VIN = "1M8GDM9AXKP042788";
    private static final String OWNER = "matrix-owner";
    private static final UUID MIDTOWN = DemoUsers.MIDTOWN;
    private static final UUID NORTHLAND = DemoUsers.NORTHLAND;

    private static final List<String> CALLERS = List.of("owner", "technician", "admin", "scientist", "operator",
            "anonymous");

    // route                                          owner tech  admin sci   op    anon
    private static final String MATRIX = """
            GET    /api/me                                 200   200   200   200   200   401
            GET    /api/workshops                          200   200   200   200   200   401
            GET    /api/vins/{own}                         200   200   200   200   200   401
            GET    /api/vehicles                           200   200   200   200   200   401
            POST   /api/vehicles                           201   403   403   403   403   401
            GET    /api/vehicles/{own}/signals/latest      200   200   200   200   200   401
            GET    /api/vehicles/{other}/signals/latest    404   404   404   200   200   401
            GET    /api/vehicles/{own}                     200   200   200   403   200   401
            GET    /api/vehicles/{other}                   404   404   404   403   200   401
            PUT    /api/vehicles/{own}/odometer            200   200   200   403   403   401
            PUT    /api/vehicles/{other}/odometer          404   404   404   403   403   401
            GET    /api/vehicles/{own}/workshops           200   200   200   403   200   401
            GET    /api/vehicles/{other}/workshops         404   404   404   403   200   401
            PUT    /api/vehicles/{own}/workshops/{north}   204   403   403   403   403   401
            PUT    /api/vehicles/{other}/workshops/{mid}   404   404   404   403   403   401
            DELETE /api/vehicles/{own}/workshops/{mid}     204   403   403   403   403   401
            DELETE /api/vehicles/{other}/workshops/{north} 404   404   404   403   403   401
            WS     /ws/signals?vin={own}                   101   101   101   101   101   401
            WS     /ws/signals?vin={other}                 404   404   404   101   101   401
            WS     /ws/signals                             101   101   101   101   101   401
            GET    /api/vehicles/{own}/health              200   200   200   200   200   401
            GET    /api/vehicles/{other}/health            404   404   404   200   200   401
            GET    /api/alerts                             200   200   200   200   200   401
            GET    /api/alerts/own-alert                   200   200   200   200   200   401
            GET    /api/alerts/other-alert                 404   404   404   200   200   401
            POST   /api/alerts/own-alert/acknowledge       200   200   200   403   200   401
            POST   /api/alerts/other-alert/acknowledge     404   404   404   403   200   401
            POST   /api/alerts/own-alert/assign            403   200   200   403   200   401
            POST   /api/alerts/other-alert/resolve         404   404   404   403   200   401
            GET    /api/push/preferences                   200   200   200   200   200   401
            GET    /api/vehicles/{own}/maintenance         200   200   200   403   200   401
            GET    /api/vehicles/{other}/maintenance       404   404   404   403   200   401
            POST   /api/vehicles/{own}/maintenance/records 201   201   201   403   403   401
            POST   /api/vehicles/{other}/maintenance/records 404 404   404   403   403   401
            GET    /api/workshops/{mid}/bookings?{day}     403   200   200   403   200   401
            GET    /api/workshops/{north}/bookings?{day}   403   403   403   403   200   401
            """;

    @Autowired
    private JdbcClient jdbc;

    static List<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            for (int i = 0; i < CALLERS.size(); i++) {
                cases.add(Arguments.of(cells[0], cells[1], CALLERS.get(i), Integer.parseInt(cells[2 + i])));
            }
        }
        return cases;
    }

    @BeforeEach
    void fixture() {
        jdbc.sql("DELETE FROM vehicle_workshop_grant").update();
        jdbc.sql("DELETE FROM vehicle_registration").update();
        jdbc.sql("DELETE FROM signal_window").update();
        jdbc.sql("DELETE FROM vehicle").update();
        register(OWN, OWNER, MIDTOWN);
        register(OTHER, "matrix-somebody-else", NORTHLAND);
        jdbc.sql("DELETE FROM vehicle_alert").update();
        alert("own-alert", OWN);
        alert("other-alert", OTHER);
    }

    private void alert(String id, String vin) {
        jdbc.sql("""
                        INSERT INTO vehicle_alert (alert_id, vin, rule, severity, stream_state, message, raised_at,
                                                   updated_at)
                        VALUES (:id, :vin, 'overheating', 'WARNING', 'RAISED', '112 degC', now(), now())""")
                .param("id", id).param("vin", vin).update();
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @MethodSource("matrix")
    void shouldAnswerEachRoleOnEachRouteAsTheMatrixSays(String method, String route, String caller, int expected)
            throws Exception {
        String path = route.replace("{own}", OWN).replace("{other}", OTHER)
                .replace("{north}", NORTHLAND.toString()).replace("{mid}", MIDTOWN.toString())
                .replace("{day}", "from=2030-01-01T00:00:00Z&to=2030-01-02T00:00:00Z");
        String token = tokenOf(caller);

        int status = method.equals("WS") ? handshake(path, token) : request(method, path, token);

        assertThat(status).as(method + " " + path + " as " + caller).isEqualTo(expected);
    }

    private int request(String method, String path, String token) throws Exception {
        String body = switch (method) {
            case "POST" -> path.endsWith("/assign") ? "{\"technician\":\"tech.ana\"}"
                    : path.endsWith("/maintenance/records")
                    ? "{\"performedOn\":\"2026-01-01\",\"odometerKm\":1200,\"description\":\"oil\"}"
                    : path.startsWith("/api/alerts") ? null
                    : "{\"vin\":\"" + NEW_VIN + "\",\"odometerKm\":10}";
            case "PUT" -> path.endsWith("/odometer") ? "{\"km\":1500}" : null;
            default -> null;
        };
        if (token == null) {
            HttpRequest.Builder anonymous = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json");
            HttpResponse<String> response = http.send(anonymous.build(), HttpResponse.BodyHandlers.ofString());
            assertProblemWhenError(response);
            return response.statusCode();
        }
        HttpResponse<String> response = send(method, path, token, body);
        assertProblemWhenError(response);
        return response.statusCode();
    }

    private static void assertProblemWhenError(HttpResponse<String> response) {
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as("errors are problem details")
                    .hasValue("application/problem+json");
        }
    }

    private int handshake(String path, String token) throws Exception {
        String query = token == null ? "" : (path.contains("?") ? "&" : "?") + "access_token=" + token;
        try {
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(URI.create("ws://localhost:" + port + path + query), new WebSocket.Listener() { })
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            socket.abort();
            return 101;
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    private String tokenOf(String caller) {
        return switch (caller) {
            case "owner" -> token(OWNER, Role.VEHICLE_OWNER, null);
            case "technician" -> token("matrix-technician", Role.TECHNICIAN, MIDTOWN);
            case "admin" -> token("matrix-admin", Role.WORKSHOP_ADMIN, MIDTOWN);
            case "scientist" -> token("matrix-scientist", Role.DATA_SCIENTIST, null);
            case "operator" -> token("matrix-operator", Role.OPERATOR, null);
            case "anonymous" -> null;
            default -> throw new IllegalArgumentException(caller);
        };
    }

    private void register(String vin, String owner, UUID workshop) {
        jdbc.sql("INSERT INTO vehicle (vin, first_seen, last_seen) VALUES (:vin, :t, :t)")
                .param("vin", vin).param("t", Instant.parse("2026-11-25T10:00:00Z").atOffset(ZoneOffset.UTC))
                .update();
        jdbc.sql("INSERT INTO vehicle_registration (vin, owner_subject, odometer_km) VALUES (:vin, :owner, 1000)")
                .param("vin", vin).param("owner", owner).update();
        jdbc.sql("INSERT INTO vehicle_workshop_grant (vin, workshop_id) VALUES (:vin, :w)")
                .param("vin", vin).param("w", workshop).update();
    }
}
