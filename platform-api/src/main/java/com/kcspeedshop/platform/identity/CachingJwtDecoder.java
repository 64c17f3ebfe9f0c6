package com.kcspeedshop.platform.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens the real decoder has verified, keyed by the token string, so a client that sends the same access
 * token with every request pays for the signature check and the JSON parsing once, not per request. Profiling
 * {@code ApiLoadBench} put JWT decoding and RSA verification at about an eighth of the server's CPU per read.
 *
 * <p>Why it is safe: the key is the whole signed token, so a hit is the very string that was verified; a token that
 * failed is never remembered; a hit is served only before the token's {@code exp} (the delegate's timestamp validator
 * would still accept it then, it allows clock skew beyond {@code exp}, not before) and before {@code maxAge} after it
 * was verified. {@code maxAge} bounds how long a withdrawn signing key (an external issuer rotating its JWKS after a
 * leak) is still honoured. Tokens without {@code exp} are not cached. The map holds at most {@code maxEntries}; when
 * full, it drops the expired entries, and if none are, starts over (an entry only costs one more verification).
 */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final int maxEntries;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public CachingJwtDecoder(JwtDecoder delegate, int maxEntries, Duration maxAge, Clock clock) {
        if (maxEntries < 1 || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxEntries must be at least 1 and maxAge positive, got " + maxEntries
                    + " and " + maxAge);
        }
        this.delegate = delegate;
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Verified hit = verified.get(token);
        if (hit != null) {
            if (now.isBefore(hit.until())) {
                return hit.jwt();
            }
            verified.remove(token, hit);
        }
        Jwt jwt = delegate.decode(token); // throws for a bad token, which is then not remembered
        Instant expires = jwt.getExpiresAt();
        if (expires != null && now.isBefore(expires)) {
            Instant limit = now.plus(maxAge);
            remember(token, new Verified(jwt, expires.isBefore(limit) ? expires : limit), now);
        }
        return jwt;
    }

    /** How many verified tokens are remembered now; for tests and metrics. */
    int size() {
        return verified.size();
    }

    private void remember(String token, Verified entry, Instant now) {
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(v -> !now.isBefore(v.until()));
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
        }
        verified.put(token, entry);
    }

    private record Verified(Jwt jwt, Instant until) {
    }
}
