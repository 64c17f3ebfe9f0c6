package com.kcspeedshop.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.infra.postgres.EmbeddedPostgresServer;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The limiter with local bucket copies (capacity large enough for the delaying optimisation): one instance still stops
 * at the capacity, and two instances on one database together admit at most the capacity plus each one's unsynchronised
 * share, the documented bound.
 */
class RateLimiterSyncIT {

    private static final long CAPACITY = 300; // 10 tokens per local sync

    private static HikariDataSource dataSource;

    @BeforeAll
    static void database() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(SharedInfrastructure.postgres().createDatabase("rate_limiter_it"));
        dataSource.setUsername(EmbeddedPostgresServer.USER);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    private static RateLimiter limiter() {
        return new RateLimiter(dataSource, new RateLimitProperties(true, CAPACITY, Duration.ofHours(1)));
    }

    @Test
    void oneInstanceStopsAtTheCapacity() {
        RateLimiter limiter = limiter();
        int admitted = 0;
        for (int i = 0; i < CAPACITY + 50; i++) {
            if (limiter.tryAcquire("sync-one").allowed()) {
                admitted++;
            }
        }
        assertThat(admitted).isEqualTo(CAPACITY);
    }

    @Test
    void twoInstancesStayWithinTheDocumentedBound() {
        RateLimiter a = limiter();
        RateLimiter b = limiter();
        int admitted = 0;
        for (int i = 0; i < CAPACITY + 100; i++) {
            if ((i % 2 == 0 ? a : b).tryAcquire("sync-two").allowed()) {
                admitted++;
            }
        }
        long share = CAPACITY / RateLimiter.SYNC_SHARE_DIVISOR;
        assertThat(admitted).isGreaterThanOrEqualTo((int) CAPACITY).isLessThanOrEqualTo((int) (CAPACITY + 2 * share));
    }
}
