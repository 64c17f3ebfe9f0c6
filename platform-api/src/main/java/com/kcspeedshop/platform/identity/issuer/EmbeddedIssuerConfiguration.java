package com.kcspeedshop.platform.identity.issuer;

import com.kcspeedshop.platform.identity.IdentityProperties;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
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
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}. The signing key is made at start and lives in memory:
 * a restart logs everybody out (the page logs in again by itself while the login session lasts), and several API
 * instances need an external issuer (or sticky sessions), which is what the embedded default never has.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "kcspeedshop.identity.embedded-issuer.enabled", matchIfMissing = true)
class EmbeddedIssuerConfiguration {

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

    @Bean
    RSAKey signingKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM cannot make RSA keys", e);
        }
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    /** The resource server checks the embedded issuer's tokens with its public key, without a call to itself. */
    @Bean
    JwtDecoder jwtDecoder(RSAKey signingKey) throws Exception {
        return NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey()).build();
    }
}
