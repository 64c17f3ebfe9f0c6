package com.kcspeedshop.collector.publish;

import com.kcspeedshop.events.ObdReading;

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

    /** Blocks until every reading accepted so far is delivered or has failed. */
    void flush();

    /** Counters since this publisher was created. */
    PublishStats stats();

    /** Flushes, then releases connections. Idempotent. */
    @Override
    void close();
}
