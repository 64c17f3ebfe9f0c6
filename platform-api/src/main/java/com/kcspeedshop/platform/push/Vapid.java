package com.kcspeedshop.platform.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * VAPID (RFC 8292): identifies this server to push services with a short-lived ES256 JWT signed by our P-256 key,
 * sent as {@code Authorization: vapid t=<jwt>, k=<public key>}. The browser subscribed with the same public key, so
 * the push service delivers only messages we signed.
 */
public final class Vapid {

    /** RFC 8292 asks for at most 24 hours; 12 leaves room for clock skew. */
    static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private final KeyPair keys;
    private final String subject;
    private final String publicKey;

    /**
     * @param subject how the push service's operator can reach us: {@code mailto:} or {@code https:} URI
     */
    public Vapid(KeyPair keys, String subject) {
        this.keys = Objects.requireNonNull(keys, "keys");
        if (subject == null || !(subject.startsWith("mailto:") || subject.startsWith("https:"))) {
            throw new IllegalArgumentException("the VAPID subject must be a mailto: or https: URI, got " + subject);
        }
        this.subject = subject;
        this.publicKey = P256.base64Url(P256.encode((ECPublicKey) keys.getPublic()));
    }

    /** The key browsers pass as {@code applicationServerKey} when they subscribe (base64url, uncompressed point). */
    public String publicKey() {
        return publicKey;
    }

    /** The {@code Authorization} header value for a request to {@code endpoint}. */
    public String authorization(URI endpoint, Instant now) {
        String audience = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
        String header = b64("{\"typ\":\"JWT\",\"alg\":\"ES256\"}");
        String claims = b64("{\"aud\":\"" + json(audience) + "\",\"exp\":" + now.plus(TOKEN_LIFETIME).getEpochSecond()
                + ",\"sub\":\"" + json(subject) + "\"}");
        String signingInput = header + "." + claims;
        return "vapid t=" + signingInput + "." + P256.base64Url(sign(signingInput)) + ", k=" + publicKey;
    }

    private byte[] sign(String input) {
        try {
            // JWS wants the raw 64-byte R||S, which is the IEEE P1363 format, not the JDK's default DER
            Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
            signature.initSign((ECPrivateKey) keys.getPrivate());
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ES256 signing failed", e);
        }
    }

    private static String b64(String json) {
        return P256.base64Url(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
