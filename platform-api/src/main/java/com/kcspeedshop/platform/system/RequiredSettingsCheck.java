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
 * Fails the start, before any connection pool or Kafka consumer exists, when the database or broker address is missing.
 *
 * <p>Spring Boot would otherwise fall back to {@code localhost:9092} for Kafka and retry forever, or fail deep inside
 * the data source with "Failed to determine a suitable driver class". A bean factory post-processor runs after the
 * environment is complete and before any singleton is created, and it only applies to this application's context.
 */
@Component
class RequiredSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

    static final String DATASOURCE_URL = "spring.datasource.url";
    static final String KAFKA_BOOTSTRAP_SERVERS = "spring.kafka.bootstrap-servers";
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
        if (!missing.isEmpty()) {
            throw new IllegalStateException("platform-api cannot start: required setting(s) missing: "
                    + String.join("; ", missing));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
