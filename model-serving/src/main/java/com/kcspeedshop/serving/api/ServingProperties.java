package com.kcspeedshop.serving.api;

import com.kcspeedshop.events.Topics;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the service, checked at startup: a missing database URL or broker list stops it with the key's name.
 *
 * @param registry      the registry database the champions are read from at startup
 * @param artifactStore the artifact store folder ({@code serving.artifact-store}); the registry CLI's {@code --store}
 * @param kafka         where promotions arrive
 */
@Validated
@ConfigurationProperties("serving")
public record ServingProperties(@Valid @NotNull Registry registry, @NotNull Path artifactStore,
                                @Valid @NotNull Kafka kafka) {

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
