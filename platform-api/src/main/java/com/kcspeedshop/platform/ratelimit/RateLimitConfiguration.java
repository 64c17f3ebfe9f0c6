package com.kcspeedshop.platform.ratelimit;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shared limiter; the security chain puts its filter behind the bearer-token filter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    RateLimiter rateLimiter(DataSource dataSource, RateLimitProperties properties) {
        return new RateLimiter(dataSource, properties);
    }
}
