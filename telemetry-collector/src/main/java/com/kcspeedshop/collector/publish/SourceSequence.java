package com.kcspeedshop.collector.publish;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sequence numbers for one source that strictly increase for as long as the source exists, across process restarts,
 * without persisting a counter: each number is {@code max(previous + 1, now in epoch microseconds)}.
 *
 * <p>Why: consumers identify a reading by (source, sequence) and drop a pair they have seen. A counter that restarts at
 * 0 would make a restarted collector's readings look like duplicates and vanish downstream. Persisting the counter
 * would need a writable, fsynced state file on every device. Seeding from the wall clock needs nothing: a new process
 * starts above everything the previous one issued, as long as the previous one never ran ahead of the wall clock by
 * more than the restart took. It only runs ahead when it issues more than one number per microsecond on average
 * (a million readings per second); a real-time fleet of 1,000 cars at 1 Hz issues 7,000 per second. A burst (e.g.
 * {@code FleetSimulator#runTicks}) leads by at most one microsecond per number issued faster than that, and the lead
 * shrinks again at real-time rates. A wall clock stepped back further than the restart gap would break the guarantee;
 * NTP slews rather than steps small corrections.
 *
 * <p>Thread-safe.
 */
public final class SourceSequence {

    private final Clock clock;
    private final AtomicLong last = new AtomicLong(-1);

    public SourceSequence(Clock clock) {
        this.clock = clock;
    }

    /** The next number: greater than every number this instance returned before, and at least now in microseconds. */
    public long next() {
        long nowMicros = epochMicros(clock.instant());
        return last.updateAndGet(previous -> Math.max(previous + 1, nowMicros));
    }

    private static long epochMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }
}
