package com.kcspeedshop.serving.registry;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which artifact store to use, validated on construction so a bad setting fails at startup, not on the first
 * promotion. Serializable (plain strings and a URI) so a Flink operator can carry it; the credentials are not part of
 * it and are read from the environment where the store is {@link #open opened}.
 *
 * @param location   a folder ({@code /srv/models}, {@code models/registry}, {@code file:///srv/models}): the
 *                   {@link FolderArtifactStore}; or {@code s3://bucket[/prefix]}: the {@link S3ArtifactStore}
 * @param s3Endpoint the S3 API's scheme, host and port, e.g. {@code http://127.0.0.1:9000}; null = AWS's regional
 *                   endpoint {@code https://s3.<region>.amazonaws.com}
 * @param s3Region   the signing region; AWS's {@code us-east-1} is what most self-hosted stores expect
 * @param s3PathStyle {@code host/bucket/key} instead of {@code bucket.host/key}; null = path style exactly when an
 *                    endpoint is given (self-hosted stores rarely have wildcard DNS)
 * @param cacheDir   where an S3 store keeps fetched artifacts
 */
public record ArtifactStoreSettings(String location, URI s3Endpoint, String s3Region, Boolean s3PathStyle,
                                    String cacheDir) implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Default signing region. */
    public static final String DEFAULT_REGION = "us-east-1";
    private static final Pattern REGION = Pattern.compile("[a-z0-9-]{1,64}");

    public ArtifactStoreSettings {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException(
                    "artifact store location is empty: give a folder or s3://bucket[/prefix]");
        }
        if (isS3(location)) {
            S3Location.parse(location); // throws with the rule it breaks
        } else if (location.contains("://") && !location.startsWith("file:")) {
            throw new IllegalArgumentException("artifact store must be a folder, file:///folder or "
                    + "s3://bucket[/prefix], got: " + location);
        }
        s3Region = s3Region == null || s3Region.isBlank() ? DEFAULT_REGION : s3Region;
        if (!REGION.matcher(s3Region).matches()) {
            throw new IllegalArgumentException("S3 region must be a-z, 0-9 and '-', e.g. eu-central-1, got: "
                    + s3Region);
        }
        if (s3Endpoint != null && (!("http".equals(s3Endpoint.getScheme()) || "https".equals(s3Endpoint.getScheme()))
                || s3Endpoint.getHost() == null || !(s3Endpoint.getPath() == null || s3Endpoint.getPath().isEmpty()
                || s3Endpoint.getPath().equals("/")) || s3Endpoint.getQuery() != null)) {
            throw new IllegalArgumentException("S3 endpoint must be http(s)://host[:port] with no path, got: "
                    + s3Endpoint);
        }
        if (cacheDir == null || cacheDir.isBlank()) {
            throw new IllegalArgumentException("artifact cache folder is empty");
        }
    }

    /** A folder store at {@code folder}; its artifacts need no cache. */
    public static ArtifactStoreSettings folder(Path folder) {
        return new ArtifactStoreSettings(folder.toString(), null, null, null, folder.toString());
    }

    public boolean s3() {
        return isS3(location);
    }

    /** Path style as configured, or as defaulted from the endpoint. */
    public boolean pathStyle() {
        return s3PathStyle != null ? s3PathStyle : s3Endpoint != null;
    }

    /** The endpoint requests go to. */
    public URI endpoint() {
        return s3Endpoint != null ? URI.create(s3Endpoint.getScheme() + "://" + s3Endpoint.getRawAuthority())
                : URI.create("https://s3." + s3Region + ".amazonaws.com");
    }

    /** Opens the store; an S3 store reads its credentials from {@code env} ({@link S3Credentials#fromEnv}). */
    public ArtifactStore open(Map<String, String> env) throws IOException {
        if (s3()) {
            return new S3ArtifactStore(S3Location.parse(location), endpoint(), s3Region, pathStyle(),
                    S3Credentials.fromEnv(env), Path.of(cacheDir));
        }
        return new FolderArtifactStore(location.startsWith("file:") ? Path.of(URI.create(location))
                : Path.of(location));
    }

    @Override
    public String toString() {
        return s3() ? location + " (endpoint " + endpoint() + ", region " + s3Region + (pathStyle() ? ", path style"
                : "") + ", cache " + cacheDir + ")" : location;
    }

    private static boolean isS3(String location) {
        return location.startsWith("s3://");
    }
}
