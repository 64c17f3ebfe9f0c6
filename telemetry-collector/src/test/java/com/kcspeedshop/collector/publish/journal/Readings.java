package com.kcspeedshop.collector.publish.journal;

import com.kcspeedshop.events.ObdReading;
import java.time.Instant;
import java.util.List;

/** Test readings whose sequence numbers say where they belong. */
final class Readings {

    static final List<String> VINS = List.of("1HGCM82633A004352", "WVWZZZ1JZXW000001", "JH4KA7561PC008269");
    static final Instant START = Instant.parse("2026-11-25T08:00:00Z");

    private Readings() {
    }

    /** Reading {@code sequence} of source {@code source}, round-robin over {@link #VINS}. */
    static ObdReading reading(String source, long sequence) {
        return new ObdReading(VINS.get((int) (sequence % VINS.size())), "ENGINE_RPM", 800 + sequence % 5000, "rpm",
                START.plusMillis(sequence), source, sequence, "7E8");
    }

    static ObdReading reading(long sequence) {
        return reading("journal-test", sequence);
    }
}
