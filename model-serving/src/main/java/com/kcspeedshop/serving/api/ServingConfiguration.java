package com.kcspeedshop.serving.api;

import com.kcspeedshop.serving.registry.ModelRegistry;
import com.kcspeedshop.serving.registry.RegisteredModel;
import com.kcspeedshop.serving.registry.RegistrySchema;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires registry, catalog and listener from {@link ServingProperties}. */
@Configuration(proxyBeanMethods = false)
class ServingConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ServingConfiguration.class);

    @Bean
    ModelRegistry modelRegistry(ServingProperties props) throws IOException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(props.registry().jdbcUrl());
        ds.setUser(props.registry().user());
        ds.setPassword(props.registry().password());
        RegistrySchema.migrate(ds);
        // the service never promotes, so it has no publisher
        return new ModelRegistry(ds, props.storeSettings().open(System.getenv()), null, Clock.systemUTC());
    }

    /** Serves every champion at startup; one that fails to load is logged and skipped, the others still serve. */
    @Bean
    ScorerCatalog scorerCatalog(ModelRegistry registry) throws SQLException {
        ScorerCatalog catalog = new ScorerCatalog(registry.store());
        for (RegisteredModel m : registry.champions()) {
            try {
                catalog.serve(m.name(), m.id(), m.artifactUri(), m.promotedAt());
            } catch (IOException | RuntimeException e) {
                LOG.error("champion {} of {} did not load, not serving it: {}", m.id(), m.name(), e.getMessage());
            }
        }
        return catalog;
    }

    @Bean
    ModelUpdateListener modelUpdateListener(ServingProperties props, ScorerCatalog catalog) {
        return new ModelUpdateListener(props.kafka(), catalog);
    }
}
