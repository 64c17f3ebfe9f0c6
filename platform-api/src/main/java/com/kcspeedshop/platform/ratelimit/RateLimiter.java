package com.kcspeedshop.platform.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Token buckets per key, kept in PostgreSQL (table {@code rate_limit_bucket}, migration V2) by Bucket4j, so every API
 * instance on the same database draws from the same bucket: the limit holds however many instances run.
 *
 * <p>Select-for-update rather than advisory locks: the keys are JWT subjects (strings) and the row lock needs no
 * mapping of them to numbers. Each decision is one short transaction on the database.
 */
public final class RateLimiter {

    private final ProxyManager<String> buckets;
    private final BucketConfiguration configuration;
    private final boolean enabled;

    public RateLimiter(DataSource dataSource, RateLimitProperties properties) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .build();
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(properties.capacity())
                        .refillGreedy(properties.capacity(), properties.period()).build())
                .build();
        this.enabled = properties.enabled();
    }

    /** Takes one request from the key's bucket, or says how long until one is available. */
    public Decision tryAcquire(String key) {
        if (!enabled) {
            return new Decision(true, Long.MAX_VALUE, Duration.ZERO);
        }
        ConsumptionProbe probe = buckets.getProxy(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /**
     * The outcome for one request.
     *
     * @param allowed whether the request may go on.
     * @param remaining requests left in the bucket afterwards.
     * @param retryAfter when refused, how long until the next request would be allowed.
     */
    public record Decision(boolean allowed, long remaining, Duration retryAfter) {

        /** Whole seconds for the {@code Retry-After} header, rounded up and at least 1. */
        public long retryAfterSeconds() {
            long seconds = (retryAfter.toMillis() + 999) / 1000;
            return Math.max(1, seconds);
        }
    }
}
