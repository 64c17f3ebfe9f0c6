package com.kcspeedshop.flink.health;

import com.kcspeedshop.flink.ingest.SeenSequences;
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
    /**
     * Highest reading sequence per source; for {@link #hotSource} it may be behind, {@link #hotSequence} is right. Read
     * it through {@link #readingSources()}, which overlays the hot entry without changing this map.
     */
    private final Map<String, Long> readingSources;
    final Map<String, Long> reportSources;
    /**
     * The source of the last admitted batch and its highest sequence, kept beside the map. A car has one collector, so
     * nearly every batch is from this source, and the check is then an identity comparison and a field: profiling
     * showed the map lookup per batch (hash, table, node, boxed value, each a likely cache miss across a fleet) at a
     * tenth of the health task's time. Identity suffices because the shuffle's serializer hands out one instance per
     * source; an equal string that is another instance takes the map path, which is merely slower.
     */
    private String hotSource;
    private long hotSequence;

    VehicleSlot() {
        this(new VehicleHealthState(), new HashMap<>(4), new HashMap<>(4));
    }

    VehicleSlot(VehicleHealthState health, Map<String, Long> readingSources, Map<String, Long> reportSources) {
        this.health = health;
        this.readingSources = readingSources;
        this.reportSources = reportSources;
    }

    /**
     * {@link SeenSequences#admit(Map, String, long)} for a batch of readings from {@code source} up to sequence {@code
     * highest}.
     */
    long admitReadings(String source, long highest) {
        if (source == hotSource) {
            if (highest <= hotSequence) {
                return SeenSequences.ALL_SEEN;
            }
            long seen = hotSequence;
            hotSequence = highest;
            return seen;
        }
        if (hotSource != null) {
            readingSources.put(hotSource, hotSequence); // the map is exact again before it decides anything
            hotSource = null;
        }
        long seen = SeenSequences.admit(readingSources, source, highest);
        if (seen != SeenSequences.ALL_SEEN) {
            hotSource = source;
            hotSequence = highest;
        }
        return seen;
    }

    /**
     * Highest reading sequence per source, as a new map (this slot is not changed: a snapshot may be reading it on
     * another thread while the task thread copies it).
     */
    Map<String, Long> readingSources() {
        Map<String, Long> sources = new HashMap<>(readingSources);
        if (hotSource != null) {
            sources.put(hotSource, hotSequence);
        }
        return sources;
    }
}
