package com.kcspeedshop.collector.elm327.session;

import com.kcspeedshop.collector.transport.Transport;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one adapter answer up to the {@code >} prompt, keeping printable text and counting everything else.
 *
 * <p>Not thread-safe; owned by one session.
 */
final class PromptReader {

    private static final Logger LOG = LoggerFactory.getLogger(PromptReader.class);
    private static final Duration DRAIN_POLL = Duration.ofMillis(1);
    private static final int DRAIN_LIMIT = 65_536;

    /** What one read produced. */
    record Raw(String text, boolean prompt) {
    }

    private final Transport transport;
    private final int maxChars;
    private final byte[] chunk = new byte[512];
    long garbageBytes;
    long staleBytes;
    long overflowChars;

    PromptReader(Transport transport, int maxChars) {
        this.transport = transport;
        this.maxChars = maxChars;
    }

    /** Discards what is already waiting: a late answer to a timed-out command must not pass as the next answer. */
    void drain() throws IOException {
        int drained = 0;
        int n;
        while (drained < DRAIN_LIMIT && (n = transport.read(chunk, DRAIN_POLL)) > 0) {
            drained += n;
        }
        if (drained > 0) {
            staleBytes += drained;
            LOG.debug("{}: drained {} stale bytes before the next command", transport.description(), drained);
        }
    }

    /**
     * Reads until the prompt or the deadline.
     *
     * @return the printable text before the prompt; {@code prompt} false when the deadline passed first
     */
    Raw readToPrompt(long deadlineNanos) throws IOException {
        StringBuilder text = new StringBuilder();
        long garbageBefore = garbageBytes;
        while (true) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return new Raw(text.toString(), false);
            }
            int n = transport.read(chunk, Duration.ofNanos(Math.max(left, 1_000_000L)));
            for (int i = 0; i < n; i++) {
                if (chunk[i] == '>') {
                    // anything after the prompt in the same chunk was not asked for
                    staleBytes += n - i - 1;
                    logGarbage(garbageBefore);
                    return new Raw(text.toString(), true);
                }
                accept(text, chunk[i]);
            }
        }
    }

    private void accept(StringBuilder text, byte b) {
        boolean printable = (b >= 0x20 && b < 0x7F) || b == '\r' || b == '\n';
        if (!printable) {
            garbageBytes++;
        } else if (text.length() >= maxChars) {
            overflowChars++;
        } else {
            text.append((char) b);
        }
    }

    private void logGarbage(long garbageBefore) {
        long added = garbageBytes - garbageBefore;
        if (added > 0) {
            LOG.debug("{}: dropped {} non-printable bytes from a response", transport.description(), added);
        }
    }
}
