package com.kcspeedshop.platform.ratelimit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Per-user rate limit of the API, under {@code kcspeedshop.rate-limit}: a token bucket per caller (JWT subject) that
 * holds {@code capacity} requests and refills {@code capacity} every {@code period}, smoothly.
 *
 * @param enabled off only for load tests of something else.
 * @param capacity requests a caller may burst; also the refill per period.
 * @param period time to refill the bucket completely.
 */
@Validated
@ConfigurationProperties("kcspeedshop.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @Min(1) @DefaultValue("600") long capacity,
        @NotNull @DefaultValue("1m") Duration period) {

    public RateLimitProperties {
        if (period != null && (period.isNegative() || period.isZero())) {
            throw new IllegalArgumentException("kcspeedshop.rate-limit.period must be positive, got " + period);
        }
    }
}
