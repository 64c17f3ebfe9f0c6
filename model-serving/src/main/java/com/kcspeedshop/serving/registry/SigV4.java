package com.kcspeedshop.serving.registry;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for S3 requests with the signature in the {@code Authorization} header, written from AWS's
 * public specification ("Signature Version 4 signing process" and "Authenticating Requests: Using the Authorization
 * Header", Amazon S3 API reference): canonical request → string to sign → HMAC-SHA256 key chain
 * {@code AWS4<secret>} → date → region → {@code s3} → {@code aws4_request}.
 *
 * <p>S3 differs from other services in two ways that matter here: the path is URI-encoded once (not twice), and the
 * payload's sha256 is sent and signed as {@code x-amz-content-sha256}. The caller passes the path already encoded
 * with {@link #encodePath}, and uses the same string in the request URI, so what is signed is what is sent.
 */
final class SigV4 {

    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private final S3Credentials credentials;
    private final String region;

    SigV4(S3Credentials credentials, String region) {
        this.credentials = credentials;
        this.region = region;
    }

    /**
     * The headers to add to a request: {@code x-amz-date}, {@code x-amz-content-sha256}, the session token if any, and
     * {@code Authorization}. {@code Host} is signed but not returned: the HTTP client sets it from the URI itself.
     *
     * @param uri           the request URI, its path encoded by {@link #encodePath}; no query string
     * @param payloadSha256 lower-case hex sha256 of the body ({@link #EMPTY_SHA256} for none)
     */
    Map<String, String> sign(String method, URI uri, String payloadSha256, Instant now) {
        return sign(method, uri, payloadSha256, now, Map.of());
    }

    /** As {@link #sign(String, URI, String, Instant)}, also signing {@code extra} headers (returned too). */
    Map<String, String> sign(String method, URI uri, String payloadSha256, Instant now, Map<String, String> extra) {
        String amzDate = AMZ_DATE.format(now);
        String date = amzDate.substring(0, 8);
        TreeMap<String, String> signed = new TreeMap<>();
        extra.forEach((k, v) -> signed.put(k.toLowerCase(java.util.Locale.ROOT), v));
        signed.put("host", hostHeader(uri));
        signed.put("x-amz-content-sha256", payloadSha256);
        signed.put("x-amz-date", amzDate);
        credentials.sessionToken().ifPresent(t -> signed.put("x-amz-security-token", t));

        StringBuilder canonicalHeaders = new StringBuilder();
        signed.forEach((k, v) -> canonicalHeaders.append(k).append(':').append(v.strip()).append('\n'));
        String signedHeaders = String.join(";", signed.keySet());
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String canonicalRequest = method + "\n" + path + "\n" + "" + "\n" + canonicalHeaders + "\n" + signedHeaders
                + "\n" + payloadSha256;
        String scope = date + "/" + region + "/s3/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + sha256Hex(canonicalRequest);

        byte[] key = hmac(("AWS4" + credentials.secretAccessKey()).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, "s3");
        key = hmac(key, "aws4_request");
        String signature = HEX.formatHex(hmac(key, stringToSign));

        Map<String, String> headers = new LinkedHashMap<>(signed);
        headers.remove("host");
        headers.put("Authorization", "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId() + "/" + scope
                + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
        return headers;
    }

    /** Host as the HTTP client will send it: with the port only when it is not the scheme's default. */
    static String hostHeader(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(uri.getScheme()) && port == 80)
                || ("https".equals(uri.getScheme()) && port == 443);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    /** Encodes each segment of a key or path per RFC 3986 (unreserved characters kept, '/' kept between segments). */
    static String encodePath(String path) {
        StringBuilder b = new StringBuilder();
        for (byte c : path.getBytes(StandardCharsets.UTF_8)) {
            int ch = c & 0xff;
            if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-'
                    || ch == '_' || ch == '.' || ch == '~' || ch == '/') {
                b.append((char) ch);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(ch >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(ch & 0xf, 16)));
            }
        }
        return b.toString();
    }

    static String sha256Hex(byte[] data) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String sha256Hex(String s) {
        return sha256Hex(s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }
}
