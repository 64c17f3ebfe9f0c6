package com.kcspeedshop.platform.identity.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded issuer's signing keys, kept in PostgreSQL (table {@code issuer_signing_key}, migration V22) so tokens
 * survive a restart and every instance on the database signs and verifies alike.
 *
 * <p>The newest key signs. When it is older than {@code rotation}, the next read makes a new one; the old key stays
 * in the set, public part only, for {@code retention} (the longest a token it signed can live, plus skew), so tokens
 * already handed out keep working, then it is deleted. Instances re-read the table every {@link #REFRESH}, so one
 * instance's rotation reaches the others within that time; two instances rotating at once insert the same generation
 * and only one insert wins.
 */
public final class SigningKeys implements JWKSource<SecurityContext> {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);
    static final Duration REFRESH = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration rotation;
    private final Duration retention;
    private volatile Snapshot snapshot;

    /**
     * @param rotation  age at which the signing key is replaced
     * @param retention how long a replaced key still verifies: at least the lifetime of the tokens it signed
     */
    public SigningKeys(JdbcClient jdbc, Clock clock, Duration rotation, Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rotation = rotation;
        this.retention = retention;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(keys());
    }

    /** The keys now: the signing key (with its private part) first, then replaced keys still within retention. */
    public JWKSet keys() {
        Instant now = clock.instant();
        Snapshot current = snapshot;
        if (current == null || !now.isBefore(current.loadedAt().plus(REFRESH))) {
            current = load(now);
        }
        return current.keys();
    }

    /** The key that signs now. */
    public RSAKey signingKey() {
        return (RSAKey) keys().getKeys().get(0);
    }

    /** For an encoder given the whole set: the one key with a private part is the signing key. */
    public static JWK signingKeyOf(List<JWK> candidates) {
        return candidates.stream().filter(JWK::isPrivate).findFirst()
                .orElseThrow(() -> new IllegalStateException("no private signing key among " + candidates.size()));
    }

    private synchronized Snapshot load(Instant now) {
        Snapshot current = snapshot;
        if (current != null && now.isBefore(current.loadedAt().plus(REFRESH))) {
            return current; // another thread just loaded
        }
        List<StoredKey> stored = stored();
        if (stored.isEmpty() || !now.isBefore(stored.get(0).createdAt().plus(rotation))) {
            int generation = stored.isEmpty() ? 1 : stored.get(0).generation() + 1;
            RSAKey fresh = generate();
            int inserted = jdbc.sql("""
                            INSERT INTO issuer_signing_key (generation, kid, jwk, created_at)
                            VALUES (:generation, :kid, :jwk, :at) ON CONFLICT (generation) DO NOTHING""")
                    .param("generation", generation).param("kid", fresh.getKeyID())
                    .param("jwk", fresh.toJSONString()).param("at", now.atOffset(ZoneOffset.UTC)).update();
            if (inserted == 1) {
                LOG.info("issuer signing key generation {} ({}) made; {} earlier keys still verify", generation,
                        fresh.getKeyID(), stored.size());
            }
            stored = stored();
        }
        List<JWK> keys = new ArrayList<>();
        keys.add(stored.get(0).jwk());
        for (int i = 1; i < stored.size(); i++) {
            // replaced when its successor was made; tokens it signed live at most `retention` past that
            if (now.isBefore(stored.get(i - 1).createdAt().plus(retention))) {
                keys.add(stored.get(i).jwk().toPublicJWK());
            } else {
                jdbc.sql("DELETE FROM issuer_signing_key WHERE generation <= :g")
                        .param("g", stored.get(i).generation()).update();
                break;
            }
        }
        snapshot = new Snapshot(new JWKSet(keys), now);
        return snapshot;
    }

    private List<StoredKey> stored() {
        return jdbc.sql("SELECT generation, jwk, created_at FROM issuer_signing_key ORDER BY generation DESC")
                .query((rs, n) -> new StoredKey(rs.getInt(1), parse(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("issuer_signing_key holds a JWK that does not parse: " + e.getMessage(), e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("this JVM cannot make RSA keys", e);
        }
    }

    private record StoredKey(int generation, RSAKey jwk, Instant createdAt) {
    }

    private record Snapshot(JWKSet keys, Instant loadedAt) {
    }
}
