package com.kcspeedshop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The launcher's entry point, {@link PlatformApiApplication#start(Map)}, outside the test context cache. */
class PlatformApiApplicationIT {

    @Test
    void shouldStartInProcessWithLauncherPropertiesAndStopOnClose() throws Exception {
        try (ConfigurableApplicationContext context = PlatformApiApplication.start(Map.of(
                "spring.datasource.url", RealInfrastructure.databaseUrl(),
                "spring.datasource.username", RealInfrastructure.databaseUser(),
                "spring.kafka.bootstrap-servers", RealInfrastructure.bootstrapServers(),
                // its own group, so it does not take partitions from the ITs' shared context
                "kcspeedshop.live.group-id", "platform-api-launcher-it",
                "server.port", 0))) {
            int port = PlatformApiApplication.localPort(context);

            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> api = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/vehicles")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(port).isPositive();
            assertThat(page.statusCode()).isEqualTo(200);
            // the API is up and protected: no token, no vehicles
            assertThat(api.statusCode()).isEqualTo(401);
            assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            // launcher properties win over application.yml
            assertThat(context.getEnvironment().getProperty("kcspeedshop.live.group-id"))
                    .isEqualTo("platform-api-launcher-it");
        }
    }

    @Test
    void shouldRefuseToStartWithBlankConsumerGroup() {
        assertThatThrownBy(() -> PlatformApiApplication.start(Map.of(
                "spring.datasource.url", RealInfrastructure.databaseUrl(),
                "spring.datasource.username", RealInfrastructure.databaseUser(),
                "spring.kafka.bootstrap-servers", RealInfrastructure.bootstrapServers(),
                "kcspeedshop.live.group-id", " ",
                "server.port", 0)))
                .hasStackTraceContaining("kcspeedshop.live")
                .hasStackTraceContaining("groupId");
    }

    @Test
    void shouldRefuseToStartWithoutDatabaseAndBroker() {
        assertThatThrownBy(() -> PlatformApiApplication.start(Map.of("server.port", 0)))
                .hasStackTraceContaining("spring.datasource.url")
                .hasStackTraceContaining("spring.kafka.bootstrap-servers");
    }
}
