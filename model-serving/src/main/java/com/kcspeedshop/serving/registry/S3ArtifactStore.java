package com.kcspeedshop.serving.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Artifacts in an S3-compatible object store (AWS S3, MinIO, Ceph RGW, ...), over plain HTTP with AWS Signature V4
 * ({@link SigV4}); no SDK, so the Flink job jar stays small. Artifact {@code id} is stored as one object per file under
 * {@code <prefix>/<id>/}, then {@code SHA256SUMS} last: an artifact whose manifest is missing was never completely
 * stored and is refused on fetch. Each upload sends the file's sha256, which the store checks on receipt; each fetch
 * checks every downloaded file against {@code SHA256SUMS} before the folder is handed out.
 *
 * <p>{@link #fetch} downloads into {@code <cacheDir>/<bucket>/<key>/} through a staging folder and an atomic rename,
 * and reuses a cached copy only while it still matches the store's manifest file by file; a damaged copy is replaced.
 */
public final class S3ArtifactStore implements ArtifactStore {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");
    private static final Pattern XML_CODE = Pattern.compile("<Code>([^<]*)</Code>");
    private static final Pattern XML_MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");

    private final S3Location location;
    private final URI endpoint;
    private final boolean pathStyle;
    private final SigV4 signer;
    private final Path cacheDir;
    private final HttpClient http;
    private final Clock clock;

    /**
     * @param endpoint  scheme, host and port of the S3 API, e.g. {@code https://s3.eu-central-1.amazonaws.com}
     * @param pathStyle {@code https://host/bucket/key} (MinIO and most self-hosted stores) instead of
     *                  {@code https://bucket.host/key}
     * @param cacheDir  where fetched artifacts are kept locally
     */
    public S3ArtifactStore(S3Location location, URI endpoint, String region, boolean pathStyle,
                           S3Credentials credentials, Path cacheDir) {
        this.location = Objects.requireNonNull(location, "location");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.pathStyle = pathStyle;
        this.signer = new SigV4(Objects.requireNonNull(credentials, "credentials"), Objects.requireNonNull(region));
        this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir").toAbsolutePath().normalize();
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.clock = Clock.systemUTC();
    }

    public S3Location location() {
        return location;
    }

    @Override
    public URI put(String id, Path folder) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("artifact id must be letters, digits, '.', '_', '+', '-': " + id);
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException("not an artifact folder: " + folder.toAbsolutePath());
        }
        Manifest manifest = Manifest.of(folder);
        String manifestKey = location.key(id, Manifest.FILE);
        // GET, not HEAD: a refused HEAD has no body, so the store's reason (e.g. SignatureDoesNotMatch) would be lost
        if (send("GET", manifestKey, null, SigV4.EMPTY_SHA256, true) != null) {
            throw new FileAlreadyExistsException(location.uri(id).toString(), null, "artifact id already stored");
        }
        for (Map.Entry<String, String> e : manifest.entries().entrySet()) {
            send("PUT", location.key(id, e.getKey()), HttpRequest.BodyPublishers.ofFile(folder.resolve(e.getKey())),
                    e.getValue(), false);
        }
        byte[] sums = manifest.render().getBytes(StandardCharsets.UTF_8);
        send("PUT", manifestKey, HttpRequest.BodyPublishers.ofByteArray(sums), SigV4.sha256Hex(sums), false);
        return location.uri(id);
    }

    @Override
    public Path fetch(URI uri) throws IOException {
        if (!"s3".equals(uri.getScheme())) {
            throw new IOException("the S3 store reads s3: URIs only, got " + uri);
        }
        if (!location.bucket().equals(uri.getRawAuthority())) {
            throw new IOException("artifact " + uri + " is in bucket " + uri.getRawAuthority() + ", this store reads "
                    + location);
        }
        String key = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+", "").replaceAll("/+$", "");
        Manifest.checkedPath(key);
        String where = "s3://" + location.bucket() + "/" + key + "/" + Manifest.FILE;
        byte[] remote = get(key + "/" + Manifest.FILE, where + " (no manifest: the artifact is missing or was not "
                + "completely stored)");
        Manifest manifest = Manifest.parse(new String(remote, StandardCharsets.UTF_8), where);

        Path target = cacheDir.resolve(location.bucket()).resolve(key);
        Path cachedSums = target.resolve(Manifest.FILE);
        if (Files.isRegularFile(cachedSums) && Files.readString(cachedSums).equals(manifest.render())) {
            try {
                manifest.verify(target);
                return target;
            } catch (ArtifactIntegrityException damaged) {
                // the local copy changed since it was fetched (disk, a hand): fetch it again below
            }
        }
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), ".incoming-");
        try {
            for (String rel : manifest.entries().keySet()) {
                Path file = staging.resolve(rel);
                Files.createDirectories(file.getParent());
                Files.write(file, get(key + "/" + rel, "s3://" + location.bucket() + "/" + key + "/" + rel));
            }
            manifest.verify(staging);
            Files.writeString(staging.resolve(Manifest.FILE), manifest.render());
            if (Files.exists(target)) {
                deleteTree(target); // an older or damaged copy under the same key
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
            // another fetch of the same artifact won the rename; use its copy if it is sound
            manifest.verify(target);
        } finally {
            deleteTree(staging);
        }
        return target;
    }

    private byte[] get(String key, String what) throws IOException {
        byte[] body = send("GET", key, null, SigV4.EMPTY_SHA256, true);
        if (body == null) {
            throw new IOException("not found: " + what);
        }
        return body;
    }

    /**
     * One signed request. Returns the body on 2xx; null on 404 when {@code notFoundIsNull}; otherwise throws with
     * the store's error code and message.
     */
    private byte[] send(String method, String key, HttpRequest.BodyPublisher body, String payloadSha256,
                        boolean notFoundIsNull) throws IOException {
        URI uri = objectUri(key);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        signer.sign(method, uri, payloadSha256, clock.instant()).forEach(request::header);
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during " + method + " " + uri, e);
        } catch (IOException e) {
            throw new IOException("S3 store at " + endpoint + " unreachable (" + method + " " + uri + "): " + e, e);
        }
        byte[] bytes;
        try (InputStream in = response.body()) {
            bytes = in.readAllBytes();
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return bytes;
        }
        if (status == 404 && notFoundIsNull) {
            return null;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        throw new IOException("S3 " + method + " " + uri + " failed: HTTP " + status + " " + first(XML_CODE, text)
                + " " + first(XML_MESSAGE, text));
    }

    private URI objectUri(String key) {
        String base = endpoint.getScheme() + "://" + (pathStyle ? "" : location.bucket() + ".")
                + endpoint.getRawAuthority();
        return URI.create(base + "/" + (pathStyle ? location.bucket() + "/" : "") + SigV4.encodePath(key));
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
