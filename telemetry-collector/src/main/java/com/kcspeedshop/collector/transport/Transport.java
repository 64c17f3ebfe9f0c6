package com.kcspeedshop.collector.transport;

import java.io.IOException;
import java.time.Duration;

/**
 * A bidirectional byte link to an adapter. Not thread-safe: one session owns it.
 */
public interface Transport extends AutoCloseable {

    /** Opens (or re-opens after {@link #close()}) the link. */
    void open() throws IOException;

    /** True between a successful {@link #open()} and {@link #close()} or a detected link loss. */
    boolean isOpen();

    /** Writes all of {@code data}, flushing it to the wire. */
    void write(byte[] data) throws IOException;

    /**
     * Reads what is available, waiting at most {@code timeout} for the first byte.
     *
     * @return number of bytes stored in {@code buffer}, 0 when the timeout passed with nothing to read
     * @throws java.io.EOFException when the peer closed the link
     */
    int read(byte[] buffer, Duration timeout) throws IOException;

    /** Human-readable name of the link for logs and fingerprints, e.g. {@code serial:/dev/rfcomm0@38400}. */
    String description();

    /** Closes the link; idempotent. */
    @Override
    void close();
}
