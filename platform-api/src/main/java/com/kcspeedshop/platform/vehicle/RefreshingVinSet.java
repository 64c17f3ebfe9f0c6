package com.kcspeedshop.platform.vehicle;

import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** A set of VINs re-read from its source when older than the refresh interval; safe to call from several threads. */
final class RefreshingVinSet implements Predicate<String> {

    private final Supplier<Set<String>> source;
    private final long refreshNanos;
    private volatile Set<String> vins;
    private volatile long loadedAt;

    RefreshingVinSet(Supplier<Set<String>> source, Duration refresh) {
        this.source = source;
        this.refreshNanos = refresh.toNanos();
        this.vins = source.get();
        this.loadedAt = System.nanoTime();
    }

    @Override
    public boolean test(String vin) {
        if (System.nanoTime() - loadedAt > refreshNanos) {
            // two threads may both reload: harmless, the source is idempotent
            vins = source.get();
            loadedAt = System.nanoTime();
        }
        return vins.contains(vin);
    }
}
