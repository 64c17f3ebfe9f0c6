package com.kcspeedshop.collector.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;

/**
 * A one-way in-memory byte pipe: what is written to {@link #output()} is read from {@link #input()}.
 *
 * <p>Used instead of {@link java.io.PipedInputStream}, which fails with "Write end dead" once the thread that last
 * wrote has ended, a normal event when an emulator thread and a test thread take turns. Closing either end ends the
 * pipe: the reader drains what was written, then sees end of stream; later writes fail.
 */
public final class MemoryPipe {

    private final ArrayDeque<Byte> bytes = new ArrayDeque<>();
    private boolean closed;

    private final InputStream input = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return take(b, off, len);
        }

        @Override
        public void close() {
            MemoryPipe.this.close();
        }
    };

    private final OutputStream output = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            put(b, off, len);
        }

        @Override
        public void close() {
            MemoryPipe.this.close();
        }
    };

    public InputStream input() {
        return input;
    }

    public OutputStream output() {
        return output;
    }

    /** Ends the pipe for both sides. */
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    private synchronized void put(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("pipe closed");
        }
        for (int i = off; i < off + len; i++) {
            bytes.add(b[i]);
        }
        notifyAll();
    }

    private synchronized int take(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (bytes.isEmpty() && !closed) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading a pipe");
            }
        }
        if (bytes.isEmpty()) {
            return -1;
        }
        int n = 0;
        while (n < len && !bytes.isEmpty()) {
            b[off + n++] = bytes.poll();
        }
        return n;
    }
}
