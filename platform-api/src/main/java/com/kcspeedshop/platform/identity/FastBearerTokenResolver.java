package com.kcspeedshop.platform.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * Reads {@code Authorization: Bearer <token>} with a character loop instead of Spring's regular expression, which
 * showed up in the profile of {@code ApiLoadBench} (a JWT is some 700 characters, matched on every request). It
 * accepts exactly what {@code DefaultBearerTokenResolver} accepts: the RFC 6750 {@code b64token} syntax. Requests that
 * could also carry the token as a parameter (a query string or a form body) go to the given full resolver, so the
 * rules about parameters and about several tokens in one request stay Spring's.
 */
final class FastBearerTokenResolver implements BearerTokenResolver {

    private static final String SCHEME = "bearer ";

    private final BearerTokenResolver full;

    FastBearerTokenResolver(BearerTokenResolver full) {
        this.full = full;
    }

    @Override
    public String resolve(HttpServletRequest request) {
        String type = request.getContentType();
        if (request.getQueryString() != null
                || type != null && type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            return full.resolve(request);
        }
        return fromHeader(request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    /** The token of an {@code Authorization} value, null for another scheme, an error for a malformed bearer. */
    static String fromHeader(String authorization) {
        // like Spring: a value that does not start with "bearer" (any case) belongs to another scheme
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length() - 1)) {
            return null;
        }
        if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) || !isB64Token(authorization,
                SCHEME.length())) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return authorization.substring(SCHEME.length());
    }

    // RFC 6750 section 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
    private static boolean isB64Token(String s, int from) {
        int i = from;
        while (i < s.length() && isTokenChar(s.charAt(i))) {
            i++;
        }
        if (i == from) {
            return false;
        }
        while (i < s.length() && s.charAt(i) == '=') {
            i++;
        }
        return i == s.length();
    }

    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
