package com.kcspeedshop.collector.publish.journal;

import com.kcspeedshop.events.ObdReading;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

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

    /**
     * Reading {@code sequence} when readings come in poll cycles of {@code size}: cycle {@code sequence / size} is one
     * VIN (round-robin over {@link #VINS}) and one capture time (a second apart), its readings numbered through.
     */
    static ObdReading cycleReading(long sequence, int size) {
        long cycle = sequence / size;
        return new ObdReading(VINS.get((int) (cycle % VINS.size())), "SIGNAL_" + sequence % size, sequence % 5000,
                "x", START.plusSeconds(cycle), "journal-cycles", sequence, "7E8");
    }

    /** Cycle {@code cycle} of {@link #cycleReading}: its {@code size} readings. */
    static List<ObdReading> cycle(long cycle, int size) {
        return LongStream.range(cycle * size, (cycle + 1) * size).mapToObj(s -> cycleReading(s, size)).toList();
    }
}
