package com.kcspeedshop.serving.registry;

import java.time.Instant;

/**
 * One registry row.
 *
 * @param provenanceJson the artifact's full {@code provenance.json}
 * @param metricsJson    its {@code metrics} section ({@code {}} when it has none)
 */
public record RegisteredModel(String id, String name, Stage stage, String artifactUri, String provenanceJson,
                              String metricsJson, Evaluation evaluation, Instant createdAt, Instant promotedAt,
                              Instant archivedAt) {
}
