package com.kcspeedshop.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The loop-based resolver gives Spring's regular-expression resolver's answer for every kind of header. */
class FastBearerTokenResolverTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl-_~+/";

    private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();
    private final FastBearerTokenResolver fast = new FastBearerTokenResolver(spring);

    @Test
    void shouldAgreeWithSpringOnEveryHeaderShape() {
        List<String> headers = Arrays.asList(null, "", "Bearer " + JWT, "bearer " + JWT, "BEARER " + JWT,
                "Bearer " + JWT + "==", "Bearer abc=def", "Bearer  " + JWT, "Bearer", "Bearer ", "Bearer a b",
                "Bearer " + JWT + " ", "Bearer " + JWT + "\n", "Bearer\t" + JWT, "Bearer é", "Bearer =",
                "Basic dXNlcjpwYXNz", "Bearerx " + JWT, "bearer:" + JWT, "Token " + JWT, "Bearer a,b");
        for (String header : headers) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/vehicles");
            if (header != null) {
                request.addHeader("Authorization", header);
            }
            assertThat(outcome(() -> fast.resolve(request))).as("header %s", header)
                    .isEqualTo(outcome(() -> spring.resolve(request)));
        }
    }

    @Test
    void shouldLeaveRequestsWithParametersToSpringsRules() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/vehicles");
        request.setQueryString("access_token=" + JWT);
        request.addParameter("access_token", JWT);
        request.addHeader("Authorization", "Bearer " + JWT);

        assertThat(outcome(() -> fast.resolve(request))).isEqualTo(outcome(() -> spring.resolve(request)));
    }

    @Test
    void shouldReturnTheTokenItself() {
        assertThat(FastBearerTokenResolver.fromHeader("Bearer " + JWT)).isEqualTo(JWT);
    }

    private static String outcome(java.util.function.Supplier<String> resolve) {
        try {
            return "token:" + Objects.toString(resolve.get());
        } catch (OAuth2AuthenticationException e) {
            return "error:" + e.getError().getErrorCode();
        }
    }
}
