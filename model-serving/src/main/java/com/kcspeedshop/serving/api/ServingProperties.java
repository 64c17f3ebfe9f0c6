package com.kcspeedshop.serving.api;

import com.kcspeedshop.events.Topics;
import com.kcspeedshop.serving.registry.ArtifactStoreSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the service, checked at startup: a missing database URL or broker list stops it with the key's name.
 *
 * @param registry      the registry database the champions are read from at startup
 * @param artifactStore the artifact store ({@code serving.artifact-store}): a folder or {@code s3://bucket[/prefix]};
 *                      the registry CLI's {@code --store}
 * @param s3            how to reach an S3 store ({@code serving.s3.*}); credentials from {@code AWS_ACCESS_KEY_ID} and
 *                      {@code AWS_SECRET_ACCESS_KEY}
 * @param kafka         where promotions arrive
 */
@Validated
@ConfigurationProperties("serving")
public record ServingProperties(@Valid @NotNull Registry registry, @NotBlank String artifactStore,
                                @DefaultValue S3 s3, @Valid @NotNull Kafka kafka) {

    /**
     * @param endpoint  {@code serving.s3.endpoint}, {@code http(s)://host[:port]}; absent = AWS's regional endpoint
     * @param region    {@code serving.s3.region}
     * @param pathStyle {@code serving.s3.path-style}; absent = path style exactly when an endpoint is set
     * @param cacheDir  {@code serving.s3.cache-dir}, where fetched artifacts are kept
     */
    public record S3(java.net.URI endpoint, @DefaultValue(ArtifactStoreSettings.DEFAULT_REGION) String region,
                     Boolean pathStyle, @DefaultValue("models/cache") String cacheDir) {
    }

    /** The store settings, validated (a bad location, bucket, endpoint or region fails the startup). */
    public ArtifactStoreSettings storeSettings() {
        return new ArtifactStoreSettings(artifactStore, s3.endpoint(), s3.region(), s3.pathStyle(), s3.cacheDir());
    }

    /**
     * @param jdbcUrl  {@code serving.registry.jdbc-url}, e.g. {@code jdbc:postgresql://localhost:5432/kcs}
     * @param user     {@code serving.registry.user}
     * @param password {@code serving.registry.password}; empty for local trust authentication
     */
    public record Registry(@NotBlank String jdbcUrl, @DefaultValue("postgres") @NotBlank String user,
                           @DefaultValue("") String password) {
    }

    /**
     * @param bootstrapServers {@code serving.kafka.bootstrap-servers}
     * @param topic            {@code serving.kafka.topic}, {@code models.updates.v1} unless a test isolates itself
     */
    public record Kafka(@NotBlank String bootstrapServers, @DefaultValue(Topics.MODEL_UPDATES) @NotBlank String topic) {
    }
}
