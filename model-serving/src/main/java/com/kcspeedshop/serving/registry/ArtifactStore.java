package com.kcspeedshop.serving.registry;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * Where artifact folders live once registered. The registry keeps only the URI; scorers {@link #fetch} it to a local
 * folder before loading.
 *
 * <p>Implementations: {@link FolderArtifactStore} (default) and {@link S3ArtifactStore} (S3-compatible, plain HTTP +
 * AWS SigV4); {@link ArtifactStoreSettings} picks one. Both write {@code SHA256SUMS} with every artifact and verify
 * every file against it on fetch, so a corrupted or half-written artifact is refused
 * ({@link ArtifactIntegrityException}) instead of loaded.
 */
public interface ArtifactStore {

    /** Copies {@code folder} into the store under {@code id}; returns its absolute URI. Refuses to overwrite an id. */
    URI put(String id, Path folder) throws IOException;

    /**
     * A local folder holding the artifact at {@code uri} (a fragment, such as an AI4I variant, is ignored), every
     * file checked against the artifact's {@code SHA256SUMS}.
     */
    Path fetch(URI uri) throws IOException;
}
