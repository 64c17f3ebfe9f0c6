package com.kcspeedshop.platform.push;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one encrypted message to one browser's push service (RFC 8030 section 5), signed with VAPID. This is the real
 * implementation; tests point it at a push endpoint inside the test, which checks the signature and decrypts.
 */
public class PushSender {

    private static final Logger LOG = LoggerFactory.getLogger(PushSender.class);

    /** What happened to one message; the caller forgets GONE subscriptions and retries RETRY later. */
    public enum Result { DELIVERED, GONE, RETRY, REJECTED }

    /** Bounds of one send; the outbox worker's lease must cover them (see {@code PushService.SEND_BUDGET}). */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final Vapid vapid;
    private final Clock clock;
    private final Duration ttl;

    public PushSender(HttpClient http, Vapid vapid, Clock clock, Duration ttl) {
        this.http = http;
        this.vapid = vapid;
        this.clock = clock;
        this.ttl = ttl;
    }

    public Result send(PushSubscription to, byte[] payload, boolean urgent) {
        URI endpoint;
        byte[] body;
        try {
            endpoint = URI.create(to.endpoint());
            body = WebPushEncryption.encrypt(payload, P256.base64Url(to.p256dh()), P256.base64Url(to.auth()));
        } catch (IllegalArgumentException e) {
            LOG.warn("push subscription {} of {} is unusable ({}); it is removed", to.id(), to.username(),
                    e.getMessage());
            return Result.GONE;
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/octet-stream")
                .header("Content-Encoding", "aes128gcm")
                .header("TTL", Long.toString(ttl.toSeconds()))
                .header("Urgency", urgent ? "high" : "normal")
                .header("Authorization", vapid.authorization(endpoint, clock.instant()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return Result.DELIVERED;
            }
            if (status == 404 || status == 410) {
                return Result.GONE; // the browser unsubscribed or the subscription expired (RFC 8030 section 7.3)
            }
            if (status == 429 || status >= 500) {
                return Result.RETRY;
            }
            LOG.warn("push service refused a message for subscription {}: HTTP {} {}", to.id(), status,
                    abbreviate(response.body()));
            return Result.REJECTED;
        } catch (IOException e) {
            LOG.info("push service for subscription {} unreachable ({}); will retry", to.id(), e.toString());
            return Result.RETRY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.RETRY;
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() < 200 ? text : text.substring(0, 200) + "...";
    }
}
