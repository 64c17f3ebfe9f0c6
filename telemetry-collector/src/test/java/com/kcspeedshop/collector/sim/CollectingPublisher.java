package com.kcspeedshop.collector.sim;

import com.kcspeedshop.collector.publish.PublishStats;
import com.kcspeedshop.collector.publish.ReadingPublisher;
import com.kcspeedshop.events.ObdReading;
import java.util.ArrayList;
import java.util.List;

/** Keeps every reading in memory: the simulator's unit tests look at what it produced, not at Kafka. */
class CollectingPublisher implements ReadingPublisher {

    private final List<ObdReading> readings = new ArrayList<>();
    private final List<List<ObdReading>> cycles = new ArrayList<>();
    private int flushes;
    private boolean closed;

    @Override
    public synchronized void publish(ObdReading reading) {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        readings.add(reading);
    }

    /** Remembers the cycle, then takes its readings through {@link #publish}, which a test may override. */
    @Override
    public synchronized void publishCycle(List<ObdReading> cycle) {
        cycles.add(List.copyOf(cycle));
        ReadingPublisher.super.publishCycle(cycle);
    }

    @Override
    public synchronized void flush() {
        flushes++;
    }

    @Override
    public synchronized PublishStats stats() {
        return new PublishStats(readings.size(), readings.size(), 0, null);
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    synchronized List<ObdReading> readings() {
        return List.copyOf(readings);
    }

    synchronized List<List<ObdReading>> cycles() {
        return List.copyOf(cycles);
    }

    synchronized int size() {
        return readings.size();
    }

    synchronized int flushes() {
        return flushes;
    }
}
