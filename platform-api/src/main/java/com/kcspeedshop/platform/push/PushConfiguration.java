package com.kcspeedshop.platform.push;

import java.net.http.HttpClient;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Wires Web Push: one VAPID key per installation (kept in PostgreSQL), the sender, and the outbox worker. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(PushProperties.class)
class PushConfiguration {

    @Bean
    Vapid vapid(PushStore store, PushProperties properties) {
        return new Vapid(store.serverKey(), properties.subject());
    }

    @Bean
    PushService pushService(PushStore store, Vapid vapid, PushProperties properties) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(PushSender.CONNECT_TIMEOUT).build();
        PushSender sender = new PushSender(http, vapid, Clock.systemUTC(), properties.ttl());
        return new PushService(store, sender, Clock.systemUTC(),
                new PushService.Delivery(properties.retryAfter(), properties.lease(), properties.maxAttempts()));
    }

    @Bean
    OutboxWorker pushOutboxWorker(PushService push) {
        return new OutboxWorker(push);
    }

    /** Sends due notifications; several instances may run it at once (the outbox leases rows with SKIP LOCKED). */
    static final class OutboxWorker {

        private final PushService push;

        OutboxWorker(PushService push) {
            this.push = push;
        }

        @Scheduled(fixedDelayString = "${kcspeedshop.push.deliver-every:10s}")
        void deliver() {
            while (push.deliverDue(100) > 0) {
                // keep going while there is a backlog
            }
        }
    }
}
