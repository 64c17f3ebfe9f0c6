package com.kcspeedshop.collector.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Passes everything through to another transport and writes the conversation in the {@link ScriptedTransport} format,
 * so a session with a real adapter can be captured once and replayed in tests.
 *
 * <p>Each request becomes a {@code > request} line and the answer up to the prompt its response lines (echo included,
 * as received; non-printable bytes written as {@code <XX>}). A request left without a prompt when the next one is sent
 * is recorded as {@code !silent}; a link that ends as {@code !drop}.
 */
public final class RecordingTransport implements Transport {

    private final Transport delegate;
    private final StringBuilder transcript = new StringBuilder();
    private final ByteArrayOutputStream request = new ByteArrayOutputStream();
    private final StringBuilder answer = new StringBuilder();
    private boolean awaitingPrompt;

    public RecordingTransport(Transport delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void open() throws IOException {
        delegate.open();
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    @Override
    public void write(byte[] data) throws IOException {
        for (byte b : data) {
            if (b == '\r') {
                finishAnswer(awaitingPrompt ? "!silent" : null);
                transcript.append("> ").append(request.toString(StandardCharsets.US_ASCII)).append('\n');
                request.reset();
                awaitingPrompt = true;
            } else {
                request.write(b);
            }
        }
        delegate.write(data);
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        int n;
        try {
            n = delegate.read(buffer, timeout);
        } catch (IOException e) {
            finishAnswer(awaitingPrompt ? "!drop" : null);
            awaitingPrompt = false;
            throw e;
        }
        for (int i = 0; i < n; i++) {
            record(buffer[i]);
        }
        return n;
    }

    private void record(byte b) {
        if (b == '>') {
            finishAnswer(null);
            awaitingPrompt = false;
        } else if (b == '\r' || b == '\n') {
            answer.append('\n');
        } else if (b >= 0x20 && b < 0x7F) {
            answer.append((char) b);
        } else {
            answer.append(String.format("<%02X>", b & 0xFF));
        }
    }

    /** Writes the answer collected so far as response lines, then {@code marker} if given. */
    private void finishAnswer(String marker) {
        for (String line : answer.toString().split("\n")) {
            if (!line.isBlank()) {
                transcript.append(line.strip()).append('\n');
            }
        }
        answer.setLength(0);
        if (marker != null) {
            transcript.append(marker).append('\n');
        }
    }

    /** The conversation so far, ready for {@link ScriptedTransport#parse}. */
    public String transcript() {
        return transcript.toString();
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
