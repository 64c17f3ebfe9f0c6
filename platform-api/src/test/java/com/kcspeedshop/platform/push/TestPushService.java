package com.kcspeedshop.platform.push;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A push service inside the test, playing both the push service and the browser behind it: {@code /push/*} checks the
 * VAPID header (ES256 signature with the key in {@code k}, audience = this origin, expiry within 24 h) and decrypts
 * the body with the browser's keys, answering 201; {@code /gone/*} answers 410 like an expired subscription.
 */
final class TestPushService implements AutoCloseable {

    private static final Pattern VAPID = Pattern.compile("vapid t=([\\w-]+)\\.([\\w-]+)\\.([\\w-]+), k=([\\w-]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Received(String vapidKey, JsonNode claims, JsonNode payload, String urgency, String ttl) {
    }

    final KeyPair browser = P256.generate();
    final byte[] auth = new byte[16];
    final List<Received> received = new CopyOnWriteArrayList<>();
    final List<String> refused = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    TestPushService() throws IOException {
        new java.security.SecureRandom().nextBytes(auth);
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/push/", this::push);
        server.createContext("/gone/", exchange -> answer(exchange, 410));
        server.start();
    }

    String origin() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    String p256dh() {
        return P256.base64Url(P256.encode((ECPublicKey) browser.getPublic()));
    }

    String authSecret() {
        return P256.base64Url(auth);
    }

    private void push(HttpExchange exchange) throws IOException {
        try {
            Matcher m = VAPID.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            if (!m.matches()) {
                throw new IllegalStateException("no VAPID authorization");
            }
            Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
            es256.initVerify(P256.publicKey(P256.base64Url(m.group(4))));
            es256.update((m.group(1) + "." + m.group(2)).getBytes(StandardCharsets.US_ASCII));
            if (!es256.verify(P256.base64Url(m.group(3)))) {
                throw new IllegalStateException("VAPID signature does not verify");
            }
            JsonNode header = JSON.readTree(P256.base64Url(m.group(1)));
            JsonNode claims = JSON.readTree(P256.base64Url(m.group(2)));
            long exp = claims.get("exp").asLong();
            long now = Instant.now().getEpochSecond();
            if (!"ES256".equals(header.get("alg").asString()) || !origin().equals(claims.get("aud").asString())
                    || exp <= now || exp > now + 24 * 3600 || !claims.has("sub")) {
                throw new IllegalStateException("bad VAPID claims " + header + " " + claims);
            }
            if (!"aes128gcm".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                throw new IllegalStateException("not aes128gcm");
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            byte[] plain = WebPushEncryption.decrypt(body, (ECPrivateKey) browser.getPrivate(),
                    P256.encode((ECPublicKey) browser.getPublic()), auth);
            received.add(new Received(m.group(4), claims, JSON.readTree(plain),
                    exchange.getRequestHeaders().getFirst("Urgency"), exchange.getRequestHeaders().getFirst("TTL")));
            answer(exchange, 201);
        } catch (GeneralSecurityException | RuntimeException e) {
            refused.add(e.toString());
            answer(exchange, 400);
        }
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
