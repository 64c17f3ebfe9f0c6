package com.kcspeedshop.serving.registry;

import java.io.IOException;

/** A stored artifact does not match its {@code SHA256SUMS}: a file is missing, extra or has another sha256. */
public final class ArtifactIntegrityException extends IOException {
    private static final long serialVersionUID = 1L;

    public ArtifactIntegrityException(String message) {
        super(message);
    }
}
