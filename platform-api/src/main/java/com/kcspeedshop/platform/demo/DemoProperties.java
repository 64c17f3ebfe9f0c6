package com.kcspeedshop.platform.demo;

import com.kcspeedshop.events.Vin;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo content, under {@code kcspeedshop.demo}.
 *
 * @param ownerVins VINs registered to the demo owner (with a grant to the Midtown demo workshop) when demo seeding is
 *     on; the launcher passes its first simulated cars. Each must be a well-formed VIN, or the start fails.
 */
@ConfigurationProperties("kcspeedshop.demo")
public record DemoProperties(@DefaultValue List<String> ownerVins) {

    public DemoProperties {
        ownerVins = List.copyOf(ownerVins);
        for (String vin : ownerVins) {
            if (!Vin.isWellFormed(vin)) {
                throw new IllegalArgumentException("kcspeedshop.demo.owner-vins: '" + vin
                        + "' is not a well-formed VIN (17 characters of A-Z except I, O, Q, and 0-9)");
            }
        }
    }
}
