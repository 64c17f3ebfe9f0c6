package com.kcspeedshop.collector.poll;

import com.kcspeedshop.collector.elm327.session.Fingerprint;
import java.util.Objects;

/**
 * What one connection found behind the adapter: the adapter's fingerprint, the car's VIN, which PIDs its ECUs support
 * and the poll plan built from them. Made again after every reconnect, since the adapter may now be in another car.
 */
public record CarSetup(Fingerprint fingerprint, String vin, DiscoveredPids pids, PollPlan plan) {

    public CarSetup {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(vin, "vin");
        Objects.requireNonNull(pids, "pids");
        Objects.requireNonNull(plan, "plan");
    }
}
