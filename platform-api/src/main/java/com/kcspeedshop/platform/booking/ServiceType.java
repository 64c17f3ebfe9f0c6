package com.kcspeedshop.platform.booking;

import java.util.UUID;
import java.time.Duration;
import java.util.Objects;

/**
 * Something a workshop offers, e.g. "Cooling system check": how long it takes, the bay equipment it needs and the skill
 * of the technician doing it (either may be {@code null}: none needed).
 */
public record ServiceType(long id, UUID workshopId, String code, String name, Duration duration,
                          String requiredCapability, String requiredSkill) {

    public ServiceType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a service must take some time, got " + duration);
        }
    }
}
