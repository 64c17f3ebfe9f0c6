package com.kcspeedshop.platform.identity.issuer;

import com.kcspeedshop.platform.identity.IdentityProperties;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The embedded issuer: Spring Authorization Server in this application, with a form login over the {@code account}
 * table and one public client for the web page (authorization code + PKCE).
 *
 * <p>Off with {@code kcspeedshop.identity.embedded-issuer.enabled=false}; the API then trusts the issuer set with
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}. The signing keys live in PostgreSQL
 * ({@link SigningKeys}): tokens survive a restart, every instance on the database accepts every instance's tokens, and
 * the key is replaced after {@code kcspeedshop.identity.embedded-issuer.signing-key-rotation}. The login session
 * itself is still per instance (in memory).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "kcspeedshop.identity.embedded-issuer.enabled", matchIfMissing = true)
class EmbeddedIssuerConfiguration {

    private static final Duration ID_TOKEN_TTL = Duration.ofMinutes(30);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** Protocol endpoints: /oauth2/authorize, /oauth2/token, /oauth2/jwks, OIDC discovery and userinfo. */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        RequestMatcher[] endpoints = new RequestMatcher[1];
        http.oauth2AuthorizationServer(server -> {
            endpoints[0] = server.getEndpointsMatcher();
            server.oidc(Customizer.withDefaults());
        });
        http.securityMatcher(request -> endpoints[0].matches(request))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                // a browser that is not logged in goes to the login form; the userinfo endpoint takes bearer tokens
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }

    /** The login form (Spring Security's own page) and logout, with a session and CSRF protection. */
    @Bean
    @Order(2)
    SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
        // default-ui.css: the login page's stylesheet, served by this chain's own filter (elsewhere a 404)
        http.securityMatcher("/login", "/logout", "/default-ui.css")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .formLogin(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessUrl("/"));
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        // the issuer follows the URL the request came in on (localhost, 127.0.0.1 or a proxy's host)
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProperties properties, Environment environment) {
        return new WebClientRepository(properties, environment);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AccountDetailsService accountDetailsService(JdbcClient jdbc) {
        return new AccountDetailsService(jdbc);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> accessTokenClaims(AccountDetailsService accounts,
                                                                IdentityProperties properties) {
        return new AccessTokenClaims(accounts, properties);
    }

    @Bean
    DemoUsers demoUsers(JdbcClient jdbc, PasswordEncoder encoder, IdentityProperties properties) {
        return new DemoUsers(jdbc, encoder, properties.embeddedIssuer().seedDemoUsers());
    }

    /** Kept in PostgreSQL: a restart logs nobody out, and several instances share them. */
    @Bean
    SigningKeys signingKeys(JdbcClient jdbc, IdentityProperties properties) {
        IdentityProperties.EmbeddedIssuer issuer = properties.embeddedIssuer();
        SigningKeys keys = new SigningKeys(jdbc, Clock.systemUTC(), issuer.signingKeyRotation(),
                // ID tokens live 30 min (Spring Authorization Server's default), access tokens as configured
                max(issuer.accessTokenTtl(), ID_TOKEN_TTL).plus(CLOCK_SKEW));
        keys.signingKey(); // fail at start, not at the first login, when the table cannot be read
        return keys;
    }

    /** Signs with the newest key only; the JWK set also holds the public parts of the keys it replaced. */
    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(keys);
        encoder.setJwkSelector(SigningKeys::signingKeyOf);
        return encoder;
    }

    /** The resource server checks the embedded issuer's tokens against the same keys, without a call to itself. */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys) {
        return NimbusJwtDecoder.withJwkSource(keys).build();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
