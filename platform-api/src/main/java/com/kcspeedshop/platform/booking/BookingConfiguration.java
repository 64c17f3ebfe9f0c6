package com.kcspeedshop.platform.booking;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires booking; the clock is a bean so tests can move time. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BookingProperties.class)
class BookingConfiguration {

    @Bean
    BookingService bookingService(BookingStore store, PlatformTransactionManager transactions,
                                  BookingProperties properties) {
        return new BookingService(store, new TransactionTemplate(transactions), Clock.systemUTC(),
                properties.holdTtl());
    }
}
