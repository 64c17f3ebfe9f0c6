package com.kcspeedshop.platform.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * mapping of them to numbers.
 *
 * <p>One database transaction per request made the limiter the API's bottleneck (measured with {@code ApiLoadBench}),
 * so each instance keeps a local copy of a busy key's bucket and synchronises it with PostgreSQL after
 * {@value #SYNC_SHARE_DIVISOR}th of the capacity has been taken locally or after {@link #SYNC_PERIOD}, whichever comes
 * first (Bucket4j's "delaying" optimisation). The price: across N instances a caller may get up to N times that share
 * more than the limit before the instances agree, about 3 % of the capacity per instance. With a capacity under
 * {@code 2 * SYNC_SHARE_DIVISOR} every request is synchronised and the limit is exact.
 */
public final class RateLimiter {

    static final int SYNC_SHARE_DIVISOR = 30;
    // how stale another instance's view may get; the over-admission bound is the token share, not this period
    static final Duration SYNC_PERIOD = Duration.ofSeconds(10);
    /** Local bucket copies kept; beyond that the map starts over (a dropped key just synchronises again). */
    private static final int MAX_LOCAL_BUCKETS = 100_000;

    private final ProxyManager<String> buckets;
    private final BucketConfiguration configuration;
    private final boolean enabled;
    private final long syncTokens;
    private final Map<String, Bucket> local = new ConcurrentHashMap<>();

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
        this.syncTokens = properties.capacity() / SYNC_SHARE_DIVISOR;
    }

    /** Takes one request from the key's bucket, or says how long until one is available. */
    public Decision tryAcquire(String key) {
        if (!enabled) {
            return new Decision(true, Long.MAX_VALUE, Duration.ZERO);
        }
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket bucket(String key) {
        if (syncTokens < 2) {
            return buckets.getProxy(key, () -> configuration);
        }
        if (local.size() > MAX_LOCAL_BUCKETS) {
            local.clear();
        }
        return local.computeIfAbsent(key, k -> buckets.builder()
                .withOptimization(Optimizations.delaying(new DelayParameters(syncTokens, SYNC_PERIOD)))
                .build(k, () -> configuration));
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
