package com.kcspeedshop.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import com.kcspeedshop.platform.identity.Role;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import com.kcspeedshop.platform.identity.issuer.SigningKeys;
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

    @Autowired
    private JWKSource<SecurityContext> issuerKeys;

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
        // MaintenanceIT runs the reminder pass itself; the scheduled one must not interleave with its counts
        registry.add("kcspeedshop.maintenance.first-reminders-after", () -> "1h");
        // the shared context's callers must not run into the limit; RateLimitIT tests it in a context of its own
        registry.add("kcspeedshop.rate-limit.capacity", () -> "1000000");
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** An unauthenticated GET. */
    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request with a bearer token; {@code body} null for none, otherwise JSON. */
    protected HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null);
    }

    /**
     * An access token signed by the embedded issuer's real key, with the claims the issuer puts in for an account of
     * this role (and workshop, for staff). The login flow itself is tested in EmbeddedLoginIT.
     */
    protected String token(String subject, Role role, UUID workshop) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().subject(subject).issuedAt(now)
                .expiresAt(now.plusSeconds(600)).issuer("http://localhost:" + port)
                .claim("roles", List.of(role.name()));
        if (workshop != null) {
            claims.claim("workshop_id", workshop.toString());
        }
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(issuerKeys);
        encoder.setJwkSelector(SigningKeys::signingKeyOf); // the issuer's set may also hold replaced keys
        return encoder
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
                .getTokenValue();
    }

    /** A fleet-wide caller that sees every vehicle. */
    protected String operatorToken() {
        return token("it-operator", Role.OPERATOR, null);
    }
}
