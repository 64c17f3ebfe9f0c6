package com.kcspeedshop.platform.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of identity and access, under {@code kcspeedshop.identity}.
 *
 * <p>Which issuer signs the tokens: the embedded one ({@code embedded-issuer.enabled=true}, the default) or any OIDC
 * issuer set with Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or {@code jwk-set-uri}).
 *
 * @param rolesClaim claim of the access token that lists the caller's roles ({@link Role} names, case-insensitive);
 *     a dotted path reads nested claims, e.g. {@code realm_access.roles} for Keycloak.
 * @param workshopClaim claim that holds the workshop (tenant) id, a UUID, of technicians and workshop admins.
 * @param web how the web page logs in: the OAuth2 client id and, for an external issuer, its endpoints.
 * @param embeddedIssuer the in-process authorization server of the default install.
 * @param tokenCache how verified access tokens are remembered between requests.
 */
@Validated
@ConfigurationProperties("kcspeedshop.identity")
public record IdentityProperties(
        @NotBlank @DefaultValue("roles") String rolesClaim,
        @NotBlank @DefaultValue("workshop_id") String workshopClaim,
        @Valid @NotNull @DefaultValue Web web,
        @Valid @NotNull @DefaultValue EmbeddedIssuer embeddedIssuer,
        @Valid @NotNull @DefaultValue TokenCache tokenCache) {

    /**
     * Verified access tokens kept by their string, so a client's next request with the same token skips the signature
     * check ({@link CachingJwtDecoder}). An entry lives until the token expires, and at most {@code maxAge}.
     *
     * @param enabled off to verify every request's token again.
     * @param maxEntries tokens remembered at most (each about 3 KB).
     * @param maxAge how long a token is trusted without a new check; bounds how long tokens signed by a key the issuer
     *     has withdrawn are still honoured.
     */
    public record TokenCache(
            @DefaultValue("true") boolean enabled,
            @Min(1) @DefaultValue("10000") int maxEntries,
            @NotNull @DefaultValue("5m") Duration maxAge) {

        public TokenCache {
            if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
                throw new IllegalArgumentException("kcspeedshop.identity.token-cache.max-age must be positive, got "
                        + maxAge);
            }
        }
    }

    /**
     * The browser login (authorization code with PKCE, public client).
     *
     * @param clientId the public client the page uses.
     * @param authorizationUri the issuer's authorization endpoint; empty for the embedded issuer's {@code /oauth2/authorize}.
     * @param tokenUri the issuer's token endpoint; empty for the embedded issuer's {@code /oauth2/token}.
     * @param scope the scopes the page asks for.
     */
    public record Web(
            @NotBlank @DefaultValue("kcspeedshop-web") String clientId,
            @DefaultValue("") String authorizationUri,
            @DefaultValue("") String tokenUri,
            @NotBlank @DefaultValue("openid") String scope) {
    }

    /**
     * The embedded issuer (Spring Authorization Server inside this application).
     *
     * @param enabled off when an external OIDC issuer signs the tokens.
     * @param seedDemoUsers creates the demo workshops and one demo user per role on start (demo only: their passwords
     *     are in the README).
     * @param accessTokenTtl how long an access token is valid.
     * @param redirectUris extra redirect URIs of the web client (besides {@code http://localhost:<port>/} and
     *     {@code http://127.0.0.1:<port>/} of this server), e.g. the public URL behind a proxy.
     * @param signingKeyRotation age at which the token signing key (kept in PostgreSQL) is replaced by a new one;
     *     tokens signed by the old key stay valid until they expire. Lower it and restart to rotate now.
     */
    public record EmbeddedIssuer(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("true") boolean seedDemoUsers,
            @NotNull @DefaultValue("1h") Duration accessTokenTtl,
            @NotNull @DefaultValue List<String> redirectUris,
            @NotNull @DefaultValue("90d") Duration signingKeyRotation) {

        public EmbeddedIssuer {
            if (accessTokenTtl != null && (accessTokenTtl.isNegative() || accessTokenTtl.isZero())) {
                throw new IllegalArgumentException("kcspeedshop.identity.embedded-issuer.access-token-ttl must be "
                        + "positive, got " + accessTokenTtl);
            }
            if (signingKeyRotation != null && signingKeyRotation.compareTo(Duration.ofMinutes(1)) < 0) {
                throw new IllegalArgumentException("kcspeedshop.identity.embedded-issuer.signing-key-rotation must be "
                        + "at least 1m, got " + signingKeyRotation);
            }
        }
    }
}
