package com.kcspeedshop.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.platform.PlatformApiApplication;
import com.kcspeedshop.platform.RealInfrastructure;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import com.kcspeedshop.platform.identity.issuer.SigningKeys;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-user limit across two API instances on one database: instance A (this test's context, embedded issuer)
 * and instance B (started beside it, embedded issuer off, trusting A's JWKS as an external issuer would be trusted).
 * A bucket of 3 per hour: whichever instance serves them, the 4th request of one user is refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RateLimitIT {

    private static final int CAPACITY = 3;
    private static ConfigurableApplicationContext instanceB;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int portA;

    @Autowired
    private JWKSource<SecurityContext> issuerKeys;

    @DynamicPropertySource
    static void smallBucket(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", RealInfrastructure::databaseUrl);
        registry.add("spring.datasource.username", RealInfrastructure::databaseUser);
        registry.add("spring.kafka.bootstrap-servers", RealInfrastructure::bootstrapServers);
        registry.add("kcspeedshop.live.group-id", () -> "platform-api-ratelimit-a");
        registry.add("kcspeedshop.rate-limit.capacity", () -> CAPACITY);
        registry.add("kcspeedshop.rate-limit.period", () -> "1h");
    }

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void shouldRefuseTheFourthRequestOfOneUserWhicheverInstanceServesItWithRetryAfter() throws Exception {
        int portB = PlatformApiApplication.localPort(instanceB());
        String user = token("limited-" + UUID.randomUUID());

        assertThat(get(portA, user).statusCode()).isEqualTo(200);
        assertThat(get(portB, user).statusCode()).isEqualTo(200);
        assertThat(get(portA, user).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = get(portB, user);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(refused.body()).get("title").asString()).isEqualTo("Too many requests");
        // one token per 20 minutes comes back (3 per hour, refilled smoothly): the wait is close to that
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 1200L);
        assertThat(get(portA, user).statusCode()).as("refused on the other instance too").isEqualTo(429);
        // somebody else's bucket is full
        assertThat(get(portB, token("other-" + UUID.randomUUID())).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldNotCountRequestsWithoutAValidToken() throws Exception {
        for (int i = 0; i < CAPACITY + 2; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + portA + "/api/me")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(401);
        }
    }

    private ConfigurableApplicationContext instanceB() {
        if (instanceB == null) {
            instanceB = PlatformApiApplication.start(Map.of(
                    "spring.datasource.url", RealInfrastructure.databaseUrl(),
                    "spring.datasource.username", RealInfrastructure.databaseUser(),
                    "spring.kafka.bootstrap-servers", RealInfrastructure.bootstrapServers(),
                    "kcspeedshop.live.group-id", "platform-api-ratelimit-b",
                    "kcspeedshop.rate-limit.capacity", CAPACITY,
                    "kcspeedshop.rate-limit.period", "1h",
                    "kcspeedshop.identity.embedded-issuer.enabled", false,
                    "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                    "http://localhost:" + portA + "/oauth2/jwks",
                    "server.port", 0));
        }
        return instanceB;
    }

    private HttpResponse<String> get(int port, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String subject) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(subject).issuedAt(now).expiresAt(now.plusSeconds(600))
                .claim("roles", List.of("VEHICLE_OWNER")).build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(issuerKeys);
        encoder.setJwkSelector(SigningKeys::signingKeyOf); // the issuer's set may also hold replaced keys
        return encoder
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }
}
