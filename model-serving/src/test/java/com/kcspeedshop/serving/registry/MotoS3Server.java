package com.kcspeedshop.serving.registry;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A real S3-compatible server for tests: moto's {@code moto_server} (Apache-2.0, a Python package; it is part of this
 * machine kind's Python image) started as a child process on a free loopback port. It runs with
 * {@code INITIAL_NO_AUTH_ACTION_COUNT=3}: the first three requests (IAM: create a user, give it an S3 policy, create
 * its access key) pass unauthenticated, and from then on every request must carry a valid SigV4 signature of that
 * key. moto recomputes the signature with botocore, so a signing mistake on our side fails the tests.
 *
 * <p>Without {@code moto_server} on the PATH, {@link #available} is false and tests skip themselves with
 * {@link #MISSING}.
 */
final class MotoS3Server implements AutoCloseable {

    static final String REGION = "us-east-1";
    private static final Pattern KEY_ID = Pattern.compile("<AccessKeyId>([^<]+)</AccessKeyId>");
    private static final Pattern SECRET = Pattern.compile("<SecretAccessKey>([^<]+)</SecretAccessKey>");

    private final Process process;
    private final URI endpoint;
    private final S3Credentials credentials;

    private MotoS3Server(Process process, URI endpoint, S3Credentials credentials) {
        this.process = process;
        this.endpoint = endpoint;
        this.credentials = credentials;
    }

    static final String MISSING = "moto_server is not on the PATH, so there is no local S3-compatible server to "
            + "test against (it comes with the machine's Python image: pip package moto)";

    static boolean available() {
        return onPath("moto_server").isPresent();
    }

    static MotoS3Server start(Path logDir) throws Exception {
        Optional<Path> binary = onPath("moto_server");
        Assumptions.assumeTrue(binary.isPresent(), MISSING);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(binary.get().toString(), "-H", "127.0.0.1", "-p",
                String.valueOf(port)).redirectErrorStream(true).redirectOutput(logDir.resolve("moto.log").toFile());
        pb.environment().put("INITIAL_NO_AUTH_ACTION_COUNT", "3");
        Process process = pb.start();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        try {
            waitForPort(port, process, logDir.resolve("moto.log"));
            HttpClient http = HttpClient.newHttpClient();
            iam(http, endpoint, "Action=CreateUser&UserName=kcs");
            iam(http, endpoint, "Action=PutUserPolicy&UserName=kcs&PolicyName=s3&PolicyDocument="
                    + URLEncoder.encode("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                    + "\"Action\":\"s3:*\",\"Resource\":\"*\"}]}", StandardCharsets.UTF_8));
            String key = iam(http, endpoint, "Action=CreateAccessKey&UserName=kcs");
            S3Credentials credentials = new S3Credentials(group(KEY_ID, key), group(SECRET, key), Optional.empty());
            return new MotoS3Server(process, endpoint, credentials);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    URI endpoint() {
        return endpoint;
    }

    S3Credentials credentials() {
        return credentials;
    }

    /** Creates a bucket with a signed request (the store itself never creates buckets). */
    void createBucket(String bucket) throws Exception {
        signed("PUT", "/" + bucket, new byte[0], credentials);
    }

    /** Overwrites one object with {@code body}, as a broken upload or a tampering hand would. */
    void putObject(String bucket, String key, byte[] body) throws Exception {
        signed("PUT", "/" + bucket + "/" + SigV4.encodePath(key), body, credentials);
    }

    void deleteObject(String bucket, String key) throws Exception {
        signed("DELETE", "/" + bucket + "/" + SigV4.encodePath(key), new byte[0], credentials);
    }

    private void signed(String method, String path, byte[] body, S3Credentials as) throws Exception {
        URI uri = URI.create(endpoint + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        new SigV4(as, REGION).sign(method, uri, SigV4.sha256Hex(body), Instant.now()).forEach(b::header);
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + " " + r.body());
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** IAM query calls; moto routes them by the credential scope's service, so a placeholder header names "iam". */
    private static String iam(HttpClient http, URI endpoint, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=bootstrap/20260101/" + REGION
                        + "/iam/aws4_request, SignedHeaders=host, Signature=none")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&Version=2010-05-08")).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("moto IAM " + form + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + text);
        }
        return m.group(1);
    }

    private static void waitForPort(int port, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited: " + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("moto_server did not listen on " + port + " within 30 s");
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        return path == null ? Optional.empty() : Arrays.stream(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }
}
