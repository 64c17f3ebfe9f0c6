package com.kcspeedshop.platform.identity.issuer;

import com.kcspeedshop.platform.identity.Role;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * DEMO ONLY: two workshops and one account per role with the passwords printed in the README, so a fresh install can
 * be tried at once. Existing rows are left alone (a changed password stays changed). Off with
 * {@code kcspeedshop.identity.embedded-issuer.seed-demo-users=false}, which any real deployment must set. Runs once the
 * context (and so Flyway's migration) is complete.
 */
public final class DemoUsers implements ApplicationRunner, Ordered {

    /** Runs before other demo seeding, which builds on the demo workshops made here. */
    public static final int ORDER = 0;

    /** The demo workshop the demo technician and admin work for. */
    public static final UUID MIDTOWN = UUID.fromString("6a0c2f3e-0000-4000-8000-000000000001");
    /** A second demo workshop, so tenants can be told apart. */
    public static final UUID NORTHLAND = UUID.fromString("6a0c2f3e-0000-4000-8000-000000000002");

    /** username, password, role, workshop (null for none). Demo only. */
    public static final List<DemoUser> USERS = List.of(
            new DemoUser("owner", "owner-demo", Role.VEHICLE_OWNER, null),
            new DemoUser("technician", "technician-demo", Role.TECHNICIAN, MIDTOWN),
            new DemoUser("admin", "admin-demo", Role.WORKSHOP_ADMIN, MIDTOWN),
            new DemoUser("scientist", "scientist-demo", Role.DATA_SCIENTIST, null),
            new DemoUser("operator", "operator-demo", Role.OPERATOR, null));

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final boolean enabled;

    DemoUsers(JdbcClient jdbc, PasswordEncoder encoder, boolean enabled) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.enabled = enabled;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        workshop(MIDTOWN, "KC Speedshop Midtown (demo)");
        workshop(NORTHLAND, "KC Speedshop Northland (demo)");
        int created = 0;
        for (DemoUser user : USERS) {
            created += jdbc.sql("""
                    INSERT INTO account (username, password_hash, role, workshop_id) VALUES (:u, :p, :r, :w)
                    ON CONFLICT (username) DO NOTHING""")
                    .param("u", user.username()).param("p", encoder.encode(user.password()))
                    .param("r", user.role().name()).param("w", user.workshop())
                    .update();
        }
        if (created > 0) {
            LOG.warn("Created {} DEMO accounts with published passwords (see README); set "
                    + "kcspeedshop.identity.embedded-issuer.seed-demo-users=false outside a demo", created);
        }
    }

    private void workshop(UUID id, String name) {
        jdbc.sql("INSERT INTO workshop (id, name) VALUES (:id, :name) ON CONFLICT (id) DO NOTHING")
                .param("id", id).param("name", name).update();
    }

    /** A demo account. */
    public record DemoUser(String username, String password, Role role, UUID workshop) {
    }
}
