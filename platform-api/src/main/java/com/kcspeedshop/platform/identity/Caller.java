package com.kcspeedshop.platform.identity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as the access token says: the issuer's subject, the roles and, for workshop staff, the workshop.
 *
 * <p>Controllers receive it as a method parameter; access decisions are made on it, never on raw claims.
 */
public record Caller(String subject, Set<Role> roles, Optional<UUID> workshopId) {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(workshopId, "workshopId");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when one of the roles reads every vehicle's telemetry. */
    public boolean fleetWide() {
        return roles.stream().anyMatch(Role::fleetWide);
    }

    /** The caller's workshop when one of the roles is workshop staff and the token names the workshop. */
    public Optional<UUID> staffWorkshop() {
        return roles.stream().anyMatch(Role::workshopStaff) ? workshopId : Optional.empty();
    }
}
