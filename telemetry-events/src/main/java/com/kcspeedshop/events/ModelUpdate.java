package com.kcspeedshop.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A control event on {@link Topics#MODEL_UPDATES}: the registry tells every running scorer which artifact now serves a
 * model name. Consumers keep the newest update per model name (by {@code publishedAt}) and swap their scorer without a
 * restart.
 *
 * @param modelName   the stable name scorers ask for, e.g. {@code anomaly-obd}; lower case, digits, '.', '_' and '-'
 * @param modelId     registry id of the exact artifact, so every prediction traces back to data, code and seed
 * @param action      promoted (serve this artifact) or retired (serve none)
 * @param artifactUri where the artifact can be read: an absolute URI such as {@code file:///models/x.zip} or
 *                    {@code s3://bucket/x}. Kept as a string so Flink serializes the record as a POJO.
 * @param publishedAt when the registry published the update; the newest wins, older ones arriving late are ignored
 */
public record ModelUpdate(String modelName, String modelId, ModelAction action, String artifactUri,
                          Instant publishedAt) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");

    public ModelUpdate {
        Checks.notBlank(modelName, "modelName");
        if (!NAME.matcher(modelName).matches()) {
            throw new IllegalArgumentException("modelName must be 1-128 characters of a-z, 0-9, '.', '_' and '-', "
                    + "starting with a letter or digit, got: " + modelName);
        }
        Checks.notBlank(modelId, "modelId");
        Checks.notNull(action, "action");
        Checks.notBlank(artifactUri, "artifactUri");
        requireAbsoluteUri(artifactUri);
        Checks.notNull(publishedAt, "publishedAt");
    }

    /** The artifact location as a URI; always absolute (checked on construction). */
    public URI artifact() {
        return URI.create(artifactUri);
    }

    private static void requireAbsoluteUri(String value) {
        try {
            if (!new URI(value).isAbsolute()) {
                throw new IllegalArgumentException("artifactUri must be an absolute URI with a scheme (file:, s3:, "
                        + "https:), got: " + value);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("artifactUri is not a URI: " + e.getMessage(), e);
        }
    }
}
