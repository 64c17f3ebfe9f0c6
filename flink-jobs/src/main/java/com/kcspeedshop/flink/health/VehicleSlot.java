package com.kcspeedshop.flink.health;

import com.kcspeedshop.health.VehicleHealthState;
import java.util.HashMap;
import java.util.Map;

/**
 * What the health operator keeps per vehicle, as one keyed value: the engine's state and, per event kind, the highest
 * sequence seen per source (see {@code SeenSequences}). One value rather than three: each event then costs one state
 * lookup and one time-to-live check, which profiling showed to matter at this operator's rate. Duplicate detection
 * therefore remembers a vehicle's sources as long as its health state ({@code state.vehicle-ttl}).
 *
 * <p>Mutable and confined to the operator's task thread; {@link VehicleSlotSerializer} copies it deeply when a
 * snapshot is in flight.
 */
final class VehicleSlot {

    final VehicleHealthState health;
    final Map<String, Long> readingSources;
    final Map<String, Long> reportSources;

    VehicleSlot() {
        this(new VehicleHealthState(), new HashMap<>(4), new HashMap<>(4));
    }

    VehicleSlot(VehicleHealthState health, Map<String, Long> readingSources, Map<String, Long> reportSources) {
        this.health = health;
        this.readingSources = readingSources;
        this.reportSources = reportSources;
    }
}
