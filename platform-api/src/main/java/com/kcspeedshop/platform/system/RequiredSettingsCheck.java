package com.kcspeedshop.platform.system;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Fails the start, before any connection pool or Kafka consumer exists, when the database or broker address is missing,
 * or when the embedded issuer is off and no external issuer is configured.
 *
 * <p>Spring Boot would otherwise fall back to {@code localhost:9092} for Kafka and retry forever, or fail deep inside
 * the data source with "Failed to determine a suitable driver class". A bean factory post-processor runs after the
 * environment is complete and before any singleton is created, and it only applies to this application's context.
 */
@Component
class RequiredSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

    static final String DATASOURCE_URL = "spring.datasource.url";
    static final String KAFKA_BOOTSTRAP_SERVERS = "spring.kafka.bootstrap-servers";
    static final String EMBEDDED_ISSUER_ENABLED = "kcspeedshop.identity.embedded-issuer.enabled";
    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    private static final String KAFKA_CONSUMER_BOOTSTRAP_SERVERS = "spring.kafka.consumer.bootstrap-servers";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Throws {@link IllegalStateException} naming every missing setting and how to provide it. */
    static void check(Environment environment) {
        List<String> missing = new ArrayList<>();
        if (isBlank(environment.getProperty(DATASOURCE_URL))) {
            missing.add(DATASOURCE_URL + " (JDBC URL of the PostgreSQL database with the vehicle tables, e.g. "
                    + "jdbc:postgresql://<host>:5432/<database>; environment variable SPRING_DATASOURCE_URL)");
        }
        if (isBlank(environment.getProperty(KAFKA_BOOTSTRAP_SERVERS))
                && isBlank(environment.getProperty(KAFKA_CONSUMER_BOOTSTRAP_SERVERS))) {
            missing.add(KAFKA_BOOTSTRAP_SERVERS + " (host:port list of the Kafka brokers; environment variable "
                    + "SPRING_KAFKA_BOOTSTRAP_SERVERS)");
        }
        boolean embeddedIssuer = !"false".equalsIgnoreCase(
                environment.getProperty(EMBEDDED_ISSUER_ENABLED, "true").trim());
        if (!embeddedIssuer && isBlank(environment.getProperty(ISSUER_URI))
                && isBlank(environment.getProperty(JWK_SET_URI))) {
            missing.add(ISSUER_URI + " or " + JWK_SET_URI + " (the external OIDC issuer whose JWTs the API accepts, "
                    + "needed because " + EMBEDDED_ISSUER_ENABLED + "=false)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("platform-api cannot start: required setting(s) missing: "
                    + String.join("; ", missing));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
