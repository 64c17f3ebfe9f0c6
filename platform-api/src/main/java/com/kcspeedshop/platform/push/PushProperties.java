package com.kcspeedshop.platform.push;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of Web Push, under {@code kcspeedshop.push}.
 *
 * @param subject        the VAPID contact push services may use to reach the operator ({@code mailto:} or
 *                       {@code https:}); set it to a real address in production
 * @param ttl            how long a push service keeps a message for an offline phone
 * @param retryAfter     when to try again after no push service answered; doubled for each further attempt (at most
 *                       6 h apart)
 * @param lease          how long a worker owns the messages it claimed before it starts on them (each user's sends
 *                       renew it); if it dies, another worker sends them after this; at least two sends (30 s)
 * @param maxAttempts    attempts no push service answered before a message is given up (outcome GAVE_UP in push_outbox)
 * @param deliverEvery   how often the outbox is checked for due messages
 * @param allowInsecureEndpoints accept {@code http:} push endpoints; only for tests and local demos, because real push
 *                       services are https and the server posts to whatever endpoint a user registers
 */
@Validated
@ConfigurationProperties("kcspeedshop.push")
public record PushProperties(
        @NotBlank @DefaultValue("mailto:operator@kcspeedshop.invalid") String subject,
        @NotNull @DefaultValue("24h") Duration ttl,
        @NotNull @DefaultValue("5m") Duration retryAfter,
        @NotNull @DefaultValue("5m") Duration lease,
        @Min(1) @DefaultValue("10") int maxAttempts,
        @NotNull @DefaultValue("10s") Duration deliverEvery,
        @DefaultValue("false") boolean allowInsecureEndpoints) {
}
