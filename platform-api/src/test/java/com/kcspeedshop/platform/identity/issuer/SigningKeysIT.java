package com.kcspeedshop.platform.identity.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.infra.postgres.EmbeddedPostgresServer;
import com.kcspeedshop.platform.MutableClock;
import com.nimbusds.jose.jwk.JWK;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The issuer's keys in the real PostgreSQL: a second instance (or the same one after a restart) signs and verifies
 * with the stored key; rotation makes a new signing key while tokens of the old one verify until the retention ends;
 * two instances rotating at the same moment end up with one key.
 */
class SigningKeysIT {

    private static final Duration ROTATION = Duration.ofDays(30);
    private static final Duration RETENTION = Duration.ofHours(2);

    private static HikariDataSource dataSource;
    private static JdbcClient jdbc;

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @BeforeAll
    static void database() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(SharedInfrastructure.postgres().createDatabase("signing_keys_it"));
        dataSource.setUsername(EmbeddedPostgresServer.USER);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @BeforeEach
    void noKeys() {
        jdbc.sql("DELETE FROM issuer_signing_key").update();
    }

    @Test
    void aTokenSignedBeforeARestartIsAcceptedAfterIt() {
        SigningKeys beforeRestart = keys();
        String token = sign(beforeRestart, "alice");

        SigningKeys afterRestart = keys();

        assertThat(afterRestart.signingKey().getKeyID()).isEqualTo(beforeRestart.signingKey().getKeyID());
        assertThat(afterRestart.signingKey().isPrivate()).isTrue();
        assertThat(NimbusJwtDecoder.withJwkSource(afterRestart).build().decode(token).getSubject()).isEqualTo("alice");
    }

    @Test
    void rotationSignsWithANewKeyAndTheOldKeysTokensPassUntilTheRetentionEnds() {
        SigningKeys keys = keys();
        String first = keys.signingKey().getKeyID();
        String oldToken = sign(keys, "alice");

        clock.advance(ROTATION);
        String second = keys.signingKey().getKeyID();
        String newToken = sign(keys, "bob");

        assertThat(second).isNotEqualTo(first);
        assertThat(keys.keys().getKeys()).extracting(JWK::getKeyID).containsExactly(second, first);
        assertThat(keys.keys().getKeyByKeyId(first).isPrivate()).as("a replaced key is published public only")
                .isFalse();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        assertThat(decoder.decode(oldToken).getSubject()).isEqualTo("alice");
        assertThat(decoder.decode(newToken).getSubject()).isEqualTo("bob");

        clock.advance(RETENTION);
        assertThat(keys.keys().getKeys()).extracting(JWK::getKeyID).containsExactly(second);
        assertThatThrownBy(() -> decoder.decode(oldToken)).isInstanceOf(JwtException.class);
        assertThat(decoder.decode(newToken).getSubject()).isEqualTo("bob");
        assertThat(jdbc.sql("SELECT count(*) FROM issuer_signing_key").query(Integer.class).single()).isOne();
    }

    @Test
    void twoInstancesRotatingTogetherAgreeOnOneKey() {
        SigningKeys a = keys();
        SigningKeys b = keys();
        a.signingKey();
        b.signingKey();

        clock.advance(ROTATION);

        assertThat(a.signingKey().getKeyID()).isEqualTo(b.signingKey().getKeyID());
        assertThat(jdbc.sql("SELECT count(*) FROM issuer_signing_key").query(Integer.class).single()).isEqualTo(2);
    }

    private SigningKeys keys() {
        return new SigningKeys(jdbc, clock, ROTATION, RETENTION);
    }

    private static String sign(SigningKeys keys, String subject) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(keys);
        encoder.setJwkSelector(SigningKeys::signingKeyOf);
        Instant now = Instant.now(); // the decoder checks expiry against the real clock
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                JwtClaimsSet.builder().subject(subject).issuedAt(now).expiresAt(now.plusSeconds(600)).build()))
                .getTokenValue();
    }
}
