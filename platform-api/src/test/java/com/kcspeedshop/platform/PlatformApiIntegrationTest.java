package com.kcspeedshop.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the ITs: the whole application on a random port against the real PostgreSQL and Kafka of this JVM. Every
 * subclass gets the same configuration, so Spring starts one context for all of them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class PlatformApiIntegrationTest {

    protected static final Duration TIMEOUT = Duration.ofSeconds(20);

    protected final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void realInfrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", RealInfrastructure::databaseUrl);
        registry.add("spring.datasource.username", RealInfrastructure::databaseUser);
        registry.add("spring.kafka.bootstrap-servers", RealInfrastructure::bootstrapServers);
        registry.add("kcspeedshop.live.group-id", () -> "platform-api-it");
        // the consumer may join after a test produced its first record; do not skip it
        registry.add("spring.kafka.consumer.auto-offset-reset", () -> "earliest");
        // the push endpoint inside PushIT is plain http on localhost
        registry.add("kcspeedshop.push.allow-insecure-endpoints", () -> "true");
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
