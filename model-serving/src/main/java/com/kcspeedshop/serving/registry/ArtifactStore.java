package com.kcspeedshop.serving.registry;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * Where artifact folders live once registered. The registry keeps only the URI; scorers {@link #fetch} it to a local
 * folder before loading.
 *
 * <p>Implementations: {@link FolderArtifactStore} (default). An S3-compatible store (plain HTTP + AWS SigV4) fits this
 * interface; it is not written yet (see the README's TODO), so {@code s3:} URIs are refused, not faked.
 */
public interface ArtifactStore {

    /** Copies {@code folder} into the store under {@code id}; returns its absolute URI. Refuses to overwrite an id. */
    URI put(String id, Path folder) throws IOException;

    /** A local folder holding the artifact at {@code uri}. */
    Path fetch(URI uri) throws IOException;
}
