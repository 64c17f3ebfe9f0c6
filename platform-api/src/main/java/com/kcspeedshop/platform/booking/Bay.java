package com.kcspeedshop.platform.booking;

import java.util.UUID;
import java.util.Set;

/** A working place in a workshop and what it is equipped with, e.g. {@code lift}, {@code dyno}, {@code alignment}. */
public record Bay(long id, UUID workshopId, String name, Set<String> capabilities) {

    public Bay {
        capabilities = Set.copyOf(capabilities);
    }

    public boolean canDo(ServiceType service) {
        return service.requiredCapability() == null || capabilities.contains(service.requiredCapability());
    }
}
