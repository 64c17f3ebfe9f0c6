package com.kcspeedshop.collector.publish;

import com.kcspeedshop.events.ObdReading;
import java.util.List;

/**
 * Where readings go once a source (simulator, ELM327 poller, journal replay) has produced them. Implementations may send
 * asynchronously, so a returned {@link #publish} means accepted, not delivered; {@link #flush} waits for delivery or
 * failure of everything accepted so far. Failures are reported through {@link #stats()} and logged, not thrown from
 * {@code publish}, because a reading source should keep sampling while the network has trouble.
 *
 * <p>Implementations are thread-safe.
 */
public interface ReadingPublisher extends AutoCloseable {

    /** Accepts one reading for delivery. Throws {@link IllegalStateException} once closed. */
    void publish(ObdReading reading);

    /**
     * Accepts the readings of one poll cycle: one vehicle, one source, sequences increasing, capture times not
     * decreasing (what {@link com.kcspeedshop.events.ObdReadingBatch} holds). A publisher may send them as one record,
     * because every record costs each consumer the same fixed work whatever it carries; this default publishes them
     * one by one, so a publisher that has no cheaper way loses nothing. An empty cycle publishes nothing. Stats count
     * readings, not records, either way.
     *
     * @throws IllegalArgumentException from a publisher that sends cycles as one record, if the readings do not form
     *                                  one cycle (a bug of the reading source); nothing of the cycle is accepted then
     * @throws IllegalStateException    once closed
     */
    default void publishCycle(List<ObdReading> cycle) {
        for (ObdReading reading : cycle) {
            publish(reading);
        }
    }

    /** Blocks until every reading accepted so far is delivered or has failed. */
    void flush();

    /** Counters since this publisher was created. */
    PublishStats stats();

    /** Flushes, then releases connections. Idempotent. */
    @Override
    void close();
}
