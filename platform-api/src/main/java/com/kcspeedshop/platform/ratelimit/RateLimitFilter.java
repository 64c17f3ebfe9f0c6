package com.kcspeedshop.platform.ratelimit;

import com.kcspeedshop.platform.identity.Caller;
import com.kcspeedshop.platform.identity.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a caller's request with 429 and {@code Retry-After} once their bucket is empty. Runs after the bearer token
 * is read; a request without a valid token is not counted (it gets its 401 further on), so the limit cannot be used to
 * lock out somebody else. Sets {@code RateLimit-Remaining} on every counted response.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final ProblemResponses problems;
    private final Function<Authentication, Caller> callers;

    public RateLimitFilter(RateLimiter limiter, ProblemResponses problems, Function<Authentication, Caller> callers) {
        this.limiter = limiter;
        this.problems = problems;
        this.callers = callers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken)) {
            chain.doFilter(request, response);
            return;
        }
        String subject = callers.apply(authentication).subject();
        RateLimiter.Decision decision = limiter.tryAcquire("user:" + subject);
        if (!decision.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
            response.setHeader("RateLimit-Remaining", "0");
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                    "Rate limit reached for " + subject + "; retry after " + decision.retryAfterSeconds() + " s");
            return;
        }
        if (decision.remaining() != Long.MAX_VALUE) {
            response.setHeader("RateLimit-Remaining", String.valueOf(decision.remaining()));
        }
        chain.doFilter(request, response);
    }
}
