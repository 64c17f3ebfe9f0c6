package com.kcspeedshop.platform.maintenance;

import com.kcspeedshop.platform.alert.AlertStore;
import com.kcspeedshop.platform.push.PushService;
import com.kcspeedshop.platform.push.PushStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires maintenance and its reminder job (every {@code kcspeedshop.maintenance.remind-every}, default 1 h). */
@Configuration(proxyBeanMethods = false)
class MaintenanceConfiguration {

    @Bean
    MaintenanceService maintenanceService(MaintenanceStore store, AlertStore alerts, PushStore pushStore,
                                          PushService push, PlatformTransactionManager transactions) {
        return new MaintenanceService(store, alerts, pushStore, push, new TransactionTemplate(transactions),
                Clock.systemUTC());
    }

    @Bean
    ReminderJob maintenanceReminderJob(MaintenanceService maintenance) {
        return new ReminderJob(maintenance);
    }

    /**
     * Runs the reminder pass. Several instances may run it at once: the alert ids are deterministic and every write
     * is idempotent, so the worst case is the same reminder recorded twice as one.
     */
    static final class ReminderJob {

        private final MaintenanceService maintenance;

        ReminderJob(MaintenanceService maintenance) {
            this.maintenance = maintenance;
        }

        @Scheduled(initialDelayString = "${kcspeedshop.maintenance.first-reminders-after:30s}",
                fixedDelayString = "${kcspeedshop.maintenance.remind-every:1h}")
        void remind() {
            maintenance.remind();
        }
    }
}
