package com.kcspeedshop.collector.transport;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A transport over any {@link InputStream}/{@link OutputStream} pair (in-memory pipes, a child process, a socket).
 *
 * <p>Plain streams cannot read with a timeout, so a daemon pump thread moves bytes into a queue and {@link #read} polls
 * that queue. End of stream is queued as an empty chunk so the reader sees it exactly once, after the data before it.
 */
public final class StreamTransport implements Transport {

    /** The two ends of a link, produced afresh by every {@link #open()}. */
    public record Streams(InputStream in, OutputStream out) {
        public Streams {
            Objects.requireNonNull(in, "in");
            Objects.requireNonNull(out, "out");
        }
    }

    private static final byte[] END_OF_STREAM = new byte[0];

    private final String description;
    private final Supplier<Streams> connector;
    private volatile Streams streams;
    private BlockingQueue<byte[]> chunks;
    private byte[] pending = END_OF_STREAM;
    private int pendingOffset;
    private boolean eof;

    /**
     * @param description what the link is, for logs
     * @param connector   called on every {@link #open()}; may throw {@link java.io.UncheckedIOException}
     */
    public StreamTransport(String description, Supplier<Streams> connector) {
        this.description = Objects.requireNonNull(description, "description");
        this.connector = Objects.requireNonNull(connector, "connector");
    }

    /** A transport over one fixed pair of streams; it cannot be re-opened once closed. */
    public static StreamTransport of(String description, InputStream in, OutputStream out) {
        Streams fixed = new Streams(in, out);
        return new StreamTransport(description, () -> fixed);
    }

    @Override
    public synchronized void open() throws IOException {
        close();
        Streams opened;
        try {
            opened = connector.get();
        } catch (RuntimeException e) {
            throw new IOException("cannot open " + description + ": " + e.getMessage(), e);
        }
        BlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();
        Thread pump = new Thread(() -> pump(opened.in(), queue), "stream-transport-pump " + description);
        pump.setDaemon(true);
        chunks = queue;
        pending = END_OF_STREAM;
        pendingOffset = 0;
        eof = false;
        streams = opened;
        pump.start();
    }

    private static void pump(InputStream in, BlockingQueue<byte[]> queue) {
        byte[] buffer = new byte[512];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (n > 0) {
                    queue.add(Arrays.copyOf(buffer, n));
                }
            }
        } catch (IOException closed) {
            // a closed or broken stream ends the link just like a clean end of stream
        } finally {
            queue.add(END_OF_STREAM);
        }
    }

    @Override
    public boolean isOpen() {
        return streams != null && !eof;
    }

    @Override
    public void write(byte[] data) throws IOException {
        Streams current = streams;
        if (current == null || eof) {
            throw new EOFException(description + " is not open");
        }
        current.out().write(data);
        current.out().flush();
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        if (streams == null) {
            throw new EOFException(description + " is not open");
        }
        if (pendingOffset >= pending.length) {
            byte[] next = poll(timeout);
            if (next == null) {
                return 0;
            }
            if (next == END_OF_STREAM) {
                eof = true;
                throw new EOFException(description + " closed by peer");
            }
            pending = next;
            pendingOffset = 0;
        }
        int n = Math.min(buffer.length, pending.length - pendingOffset);
        System.arraycopy(pending, pendingOffset, buffer, 0, n);
        pendingOffset += n;
        return n;
    }

    private byte[] poll(Duration timeout) throws IOException {
        if (eof) {
            throw new EOFException(description + " closed by peer");
        }
        try {
            return chunks.poll(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + description, e);
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public synchronized void close() {
        Streams current = streams;
        streams = null;
        if (current == null) {
            return;
        }
        closeQuietly(current.out());
        closeQuietly(current.in());
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is best effort: the link is being abandoned either way
        }
    }
}
