package com.kcspeedshop.platform.identity.issuer;

import com.kcspeedshop.platform.identity.IdentityProperties;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The one client of the embedded issuer: the web page, a public client (no secret) that must use PKCE.
 *
 * <p>Its redirect URIs are the page on this server's actual port, which is only known once the server listens
 * (port 0 in tests), so the client is built on each look-up rather than at start. Spring Authorization Server accepts
 * any port for a 127.0.0.1 redirect (RFC 8252) but needs an exact match for {@code localhost}.
 */
final class WebClientRepository implements RegisteredClientRepository {

    // stable, so authorizations issued before a look-up still name the same client
    private static final String ID = UUID.nameUUIDFromBytes("kcspeedshop-web".getBytes(StandardCharsets.UTF_8)).toString();

    private final IdentityProperties properties;
    private final Environment environment;

    WebClientRepository(IdentityProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("the embedded issuer has one fixed client");
    }

    @Override
    public RegisteredClient findById(String id) {
        return ID.equals(id) ? client() : null;
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return properties.web().clientId().equals(clientId) ? client() : null;
    }

    private RegisteredClient client() {
        Set<String> redirects = new LinkedHashSet<>(properties.embeddedIssuer().redirectUris());
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        redirects.add("http://localhost:" + port + "/");
        redirects.add("http://127.0.0.1:" + port + "/");
        return RegisteredClient.withId(ID)
                .clientId(properties.web().clientId())
                .clientName("KC Speedshop web page")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(redirects))
                .postLogoutRedirectUris(uris -> uris.addAll(redirects))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(properties.embeddedIssuer().accessTokenTtl()).build())
                .build();
    }
}
