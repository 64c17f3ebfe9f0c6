package com.kcspeedshop.serving.registry;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where an S3 artifact store keeps its artifacts: {@code s3://<bucket>[/<prefix>]}. Artifact {@code id} lives under
 * {@code <prefix>/<id>/}, one object per file plus {@code SHA256SUMS}.
 *
 * @param bucket S3 bucket name rules: 3-63 characters of a-z, 0-9, '.' and '-', starting and ending with a letter or
 *               digit
 * @param prefix key prefix without leading or trailing '/', empty for the bucket's root
 */
public record S3Location(String bucket, String prefix) {

    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final String SEGMENT = "[A-Za-z0-9_+-][A-Za-z0-9._+-]*";
    private static final Pattern PREFIX = Pattern.compile("(" + SEGMENT + "(/" + SEGMENT + ")*)?");

    public S3Location {
        if (bucket == null || !BUCKET.matcher(bucket).matches()) {
            throw new IllegalArgumentException("S3 bucket name must be 3-63 characters of a-z, 0-9, '.' and '-', "
                    + "starting and ending with a letter or digit, got: " + bucket);
        }
        prefix = prefix == null ? "" : prefix;
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("S3 key prefix must be '/'-separated segments of letters, digits, '.',"
                    + " '_', '+' and '-', got: " + prefix);
        }
    }

    /** Reads {@code s3://bucket[/prefix][/]}. */
    public static S3Location parse(String spec) {
        URI uri;
        try {
            uri = new URI(spec);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not an s3:// URI: " + spec, e);
        }
        if (!"s3".equals(uri.getScheme()) || uri.getRawAuthority() == null || uri.getQuery() != null
                || uri.getFragment() != null) {
            throw new IllegalArgumentException("expected s3://bucket[/prefix], got: " + spec);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        path = path.replaceAll("^/+", "").replaceAll("/+$", "");
        return new S3Location(uri.getRawAuthority(), path); // authority, not host: a bad name is reported as such
    }

    /** The key of {@code rel} inside artifact {@code id}. */
    String key(String id, String rel) {
        return (prefix.isEmpty() ? "" : prefix + "/") + id + "/" + rel;
    }

    /** The URI the registry records for artifact {@code id}. */
    URI uri(String id) {
        return URI.create("s3://" + bucket + "/" + (prefix.isEmpty() ? "" : prefix + "/") + id);
    }

    @Override
    public String toString() {
        return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
    }
}
