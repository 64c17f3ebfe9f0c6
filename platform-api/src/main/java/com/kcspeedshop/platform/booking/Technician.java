package com.kcspeedshop.platform.booking;

import java.util.UUID;
import java.util.Set;

/** A person who works in bays, with skills such as {@code electrical}, {@code engine}, {@code alignment}. */
public record Technician(long id, UUID workshopId, String name, Set<String> skills) {

    public Technician {
        skills = Set.copyOf(skills);
    }

    public boolean canDo(ServiceType service) {
        return service.requiredSkill() == null || skills.contains(service.requiredSkill());
    }
}
