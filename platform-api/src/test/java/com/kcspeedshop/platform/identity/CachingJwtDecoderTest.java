package com.kcspeedshop.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.platform.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.BadJwtException;

/**
 * The token cache in front of a decoder that counts its calls and can be told a token is now bad (as a real decoder
 * would say after the issuer withdrew its key): what is served from memory, and for how long.
 */
class CachingJwtDecoderTest {

    private static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final CountingDecoder real = new CountingDecoder();

    @Test
    void shouldVerifyATokenOnceWhileItIsValid() {
        CachingJwtDecoder cache = new CachingJwtDecoder(real, 100, Duration.ofMinutes(5), clock);
        real.expiresAt = T0.plusSeconds(600);

        Jwt first = cache.decode("token-a");
        clock.set(T0.plusSeconds(60));
        Jwt second = cache.decode("token-a");

        assertThat(second).isSameAs(first);
        assertThat(real.calls).containsExactly("token-a");
    }

    @Test
    void shouldAskTheRealDecoderAgainOnceTheTokenHasExpired() {
        CachingJwtDecoder cache = new CachingJwtDecoder(real, 100, Duration.ofHours(1), clock);
        real.expiresAt = T0.plusSeconds(30);
        cache.decode("token-a");
        real.rejectAll = true;

        clock.set(T0.plusSeconds(30));

        assertThatThrownBy(() -> cache.decode("token-a")).isInstanceOf(BadJwtException.class);
        assertThat(real.calls).containsExactly("token-a", "token-a");
    }

    @Test
    void shouldStopTrustingAFinishedCheckAfterMaxAgeSoAWithdrawnKeyTakesEffect() {
        CachingJwtDecoder cache = new CachingJwtDecoder(real, 100, Duration.ofMinutes(5), clock);
        real.expiresAt = T0.plus(Duration.ofHours(1));
        cache.decode("token-a");
        real.rejectAll = true; // the issuer withdrew the key: the real decoder now refuses the token

        clock.set(T0.plus(Duration.ofMinutes(4)));
        cache.decode("token-a"); // still within max-age: served from memory
        clock.set(T0.plus(Duration.ofMinutes(5)));

        assertThatThrownBy(() -> cache.decode("token-a")).isInstanceOf(BadJwtException.class);
    }

    @Test
    void shouldNeverRememberARejectedToken() {
        CachingJwtDecoder cache = new CachingJwtDecoder(real, 100, Duration.ofMinutes(5), clock);
        real.rejectAll = true;
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(cache.size()).isZero();

        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(real.calls).containsExactly("forged", "forged");
    }

    @Test
    void shouldNotCacheATokenWithoutExpiry() {
        CachingJwtDecoder cache = new CachingJwtDecoder(real, 100, Duration.ofMinutes(5), clock);
        real.expiresAt = null;

        cache.decode("token-a");
        cache.decode("token-a");

        assertThat(real.calls).hasSize(2);
    }

    @Test
    void shouldKeyByTheWholeTokenString() {
        CachingJwtDecoder cache = new CachingJwtDecoder(real, 100, Duration.ofMinutes(5), clock);
        real.expiresAt = T0.plusSeconds(600);

        cache.decode("token-a");
        cache.decode("token-a2");

        assertThat(real.calls).containsExactly("token-a", "token-a2");
    }

    @Test
    void shouldStayWithinMaxEntries() {
        CachingJwtDecoder cache = new CachingJwtDecoder(real, 10, Duration.ofMinutes(5), clock);
        real.expiresAt = T0.plusSeconds(600);

        for (int i = 0; i < 55; i++) {
            cache.decode("token-" + i);
            assertThat(cache.size()).isLessThanOrEqualTo(10);
        }
        cache.decode("token-54");
        assertThat(real.calls).hasSize(55); // the newest is still remembered
    }

    @Test
    void shouldRefuseNonsensicalLimits() {
        assertThatThrownBy(() -> new CachingJwtDecoder(real, 0, Duration.ofMinutes(5), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CachingJwtDecoder(real, 10, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Decodes any string into a token with {@link #expiresAt}, or refuses it when {@link #rejectAll}. */
    private final class CountingDecoder implements JwtDecoder {
        final List<String> calls = new ArrayList<>();
        Instant expiresAt;
        boolean rejectAll;

        @Override
        public Jwt decode(String token) {
            calls.add(token);
            if (rejectAll) {
                throw new BadJwtException("refused");
            }
            Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("alice")
                    .issuedAt(clock.instant());
            if (expiresAt != null) {
                jwt.expiresAt(expiresAt);
            }
            return jwt.build();
        }
    }
}
