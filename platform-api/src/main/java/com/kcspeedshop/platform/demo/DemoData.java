package com.kcspeedshop.platform.demo;

import com.kcspeedshop.platform.identity.IdentityProperties;
import com.kcspeedshop.platform.identity.issuer.DemoUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DEMO ONLY: seeds the demo workshops' booking resources and the demo owner's cars on start, after the demo accounts,
 * when {@code kcspeedshop.identity.embedded-issuer.seed-demo-users} is on. Idempotent: a restart adds nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoProperties.class)
class DemoData implements ApplicationRunner, Ordered {

    /** The demo owner's login (see {@link DemoUsers#USERS}). */
    static final String DEMO_OWNER = "owner";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final boolean enabled;
    private final DemoProperties properties;

    DemoData(JdbcClient jdbc, PlatformTransactionManager transactions, IdentityProperties identity,
             DemoProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = identity.embeddedIssuer().seedDemoUsers();
        this.properties = properties;
    }

    @Override
    public int getOrder() {
        return DemoUsers.ORDER + 10;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        Integer added = transaction.execute(status -> {
            int rows = 0;
            for (DemoWorkshops.DemoWorkshop workshop : DemoWorkshops.WORKSHOPS) {
                rows += DemoWorkshops.seed(jdbc, workshop);
            }
            for (String vin : properties.ownerVins()) {
                rows += registerToDemoOwner(vin);
            }
            return rows;
        });
        if (added != null && added > 0) {
            LOG.warn("Seeded {} DEMO rows (workshop hours, bays, technicians, services, the demo owner's cars); "
                    + "set kcspeedshop.identity.embedded-issuer.seed-demo-users=false outside a demo", added);
        }
    }

    /** A car someone else registered stays theirs; the grant lets the Midtown demo staff see it. */
    private int registerToDemoOwner(String vin) {
        int rows = jdbc.sql("""
                        INSERT INTO vehicle_registration (vin, owner_subject) VALUES (:vin, :owner)
                        ON CONFLICT (vin) DO NOTHING""")
                .param("vin", vin).param("owner", DEMO_OWNER).update();
        if (rows > 0) {
            rows += jdbc.sql("""
                            INSERT INTO vehicle_workshop_grant (vin, workshop_id)
                            SELECT :vin, id FROM workshop WHERE id = :w ON CONFLICT DO NOTHING""")
                    .param("vin", vin).param("w", DemoUsers.MIDTOWN).update();
        }
        return rows;
    }
}
