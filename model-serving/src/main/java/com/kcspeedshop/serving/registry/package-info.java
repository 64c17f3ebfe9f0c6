/**
 * The model registry: one PostgreSQL row per registered artifact (table {@code model_registry}, migration V20 in
 * platform-api's folder), the binaries in an {@link com.kcspeedshop.serving.registry.ArtifactStore} (a folder, or an
 * S3-compatible store over plain HTTP + SigV4, chosen by {@link com.kcspeedshop.serving.registry.ArtifactStoreSettings}),
 * stages CANDIDATE → CHAMPION → ARCHIVED. Invariants: at most one champion per model name (a unique partial index); a
 * challenger is promoted only when it beats the champion on the same evaluation (set id, data sha256 and metric); each
 * promotion publishes a {@code ModelUpdate} to {@code models.updates.v1}, keyed by model name; every stored artifact
 * carries a {@code SHA256SUMS} and is handed out by {@code fetch} only when every file matches it.
 */
package com.kcspeedshop.serving.registry;
