package com.kcspeedshop.platform.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of booking, under {@code kcspeedshop.booking}.
 *
 * @param holdTtl how long a held slot stays reserved for the person reviewing it before it is free again
 * @param maxSearchDays the longest window one availability search may cover (keeps a search cheap)
 * @param maxResults the most slots one availability search returns
 */
@Validated
@ConfigurationProperties("kcspeedshop.booking")
public record BookingProperties(
        @NotNull @DefaultValue("10m") Duration holdTtl,
        @Min(1) @Max(366) @DefaultValue("31") int maxSearchDays,
        @Min(1) @Max(2000) @DefaultValue("200") int maxResults) {

    public BookingProperties {
        if (holdTtl != null && (holdTtl.isNegative() || holdTtl.isZero())) {
            throw new IllegalArgumentException("kcspeedshop.booking.hold-ttl must be positive, got " + holdTtl);
        }
    }
}
