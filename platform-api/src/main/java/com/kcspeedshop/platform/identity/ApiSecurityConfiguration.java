package com.kcspeedshop.platform.identity;

import com.kcspeedshop.platform.ratelimit.RateLimitFilter;
import com.kcspeedshop.platform.ratelimit.RateLimiter;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's filter chain: a stateless OAuth2 resource server. Every {@code /api/**} and {@code /ws/**} request needs a
 * valid JWT; the page, its scripts, the login configuration and the OpenAPI document are public. Object-level checks
 * (may this caller see this vehicle?) are the capabilities' business, made on the {@link Caller}.
 *
 * <p>The WebSocket handshake may carry the token as {@code ?access_token=} because browsers cannot set headers on it;
 * only there, since query strings end up in logs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class ApiSecurityConfiguration implements WebMvcConfigurer {

    private static final String[] PUBLIC_PAGES = {"/", "/index.html", "/*.js", "/*.css", "/*.ico", "/*.png",
            "/*.svg", "/*.webmanifest", "/auth-config"};
    private static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
            "/swagger-ui/**"};

    private final CallerResolver callers;
    private final IdentityProperties.TokenCache tokenCache;

    ApiSecurityConfiguration(IdentityProperties properties) {
        this.callers = new CallerResolver(properties.rolesClaim(), properties.workshopClaim());
        this.tokenCache = properties.tokenCache();
    }

    @Bean
    CallerResolver callerResolver() {
        return callers;
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems, RateLimiter limiter,
                                 JwtDecoder issuerDecoder) throws Exception {
        // the embedded issuer's decoder, or Spring Boot's for an external issuer-uri / jwk-set-uri
        JwtDecoder decoder = tokenCache.enabled() ? new CachingJwtDecoder(issuerDecoder, tokenCache.maxEntries(),
                tokenCache.maxAge(), Clock.systemUTC()) : issuerDecoder;
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(HttpMethod.GET, PUBLIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.GET, API_DOCS).permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // bearer tokens, no cookies: nothing for a cross-site request to ride on
                .csrf(AbstractHttpConfigurer::disable)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(tokenResolver())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(callers)))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                // after the token is read, before the controllers: the limit is per authenticated caller
                .addFilterAfter(new RateLimitFilter(limiter, problems, callers::caller),
                        BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    private static BearerTokenResolver tokenResolver() {
        BearerTokenResolver header = new FastBearerTokenResolver(new DefaultBearerTokenResolver());
        DefaultBearerTokenResolver headerOrQuery = new DefaultBearerTokenResolver();
        headerOrQuery.setAllowUriQueryParameter(true);
        return request -> request.getRequestURI().startsWith(request.getContextPath() + "/ws/")
                ? headerOrQuery.resolve(request) : header.resolve(request);
    }

    /** Lets controllers take a {@link Caller} parameter. */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Caller.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                                          NativeWebRequest request, WebDataBinderFactory binders) {
                return callers.caller(SecurityContextHolder.getContext().getAuthentication());
            }
        });
    }
}
