package com.kcspeedshop.platform.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RequiredSettingsCheckTest {

    @Test
    void shouldNameEveryMissingSettingAndItsEnvironmentVariable() {
        assertThatThrownBy(() -> RequiredSettingsCheck.check(new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.datasource.url")
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("spring.kafka.bootstrap-servers")
                .hasMessageContaining("SPRING_KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void shouldTreatBlankValuesAsMissing() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", " ")
                .withProperty("spring.kafka.bootstrap-servers", "broker-1:9092");

        assertThatThrownBy(() -> RequiredSettingsCheck.check(environment))
                .hasMessageContaining("spring.datasource.url")
                .hasMessageNotContaining("spring.kafka.bootstrap-servers");
    }

    @Test
    void shouldAcceptConsumerSpecificBootstrapServers() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/kcspeedshop")
                .withProperty("spring.kafka.consumer.bootstrap-servers", "broker-1:9092");

        assertThatCode(() -> RequiredSettingsCheck.check(environment)).doesNotThrowAnyException();
    }

    @Test
    void shouldPassWhenBothSettingsArePresent() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/kcspeedshop")
                .withProperty("spring.kafka.bootstrap-servers", "broker-1:9092,broker-2:9092");

        assertThatCode(() -> RequiredSettingsCheck.check(environment)).doesNotThrowAnyException();
    }

    @Test
    void shouldRequireAnExternalIssuerWhenTheEmbeddedOneIsOff() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/kcs")
                .withProperty("spring.kafka.bootstrap-servers", "kafka:9092")
                .withProperty("kcspeedshop.identity.embedded-issuer.enabled", "false");

        assertThatThrownBy(() -> RequiredSettingsCheck.check(environment))
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri")
                .hasMessageContaining("jwk-set-uri");
        assertThatCode(() -> RequiredSettingsCheck.check(environment.withProperty(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://sso.example.org/realms/kcs")))
                .doesNotThrowAnyException();
    }
}
