package com.kcspeedshop.collector.elm327.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.collector.transport.Transport;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random bytes, garbage lines, truncated answers and link drops must never escape the session as exceptions. */
class SessionFuzzTest {

    private static final long SEED = 20_261_125L;
    private static final int ROUNDS = 1_500;

    /** Answers each command with one of several kinds of damage, chosen by a seeded random. */
    static final class NoiseTransport implements Transport {
        private final Random random;
        private final ArrayDeque<Byte> pending = new ArrayDeque<>();
        private boolean open;
        private boolean dropNext;

        NoiseTransport(Random random) {
            this.random = random;
        }

        @Override
        public void open() {
            open = true;
            dropNext = false;
            pending.clear();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void write(byte[] data) throws IOException {
            if (!open) {
                throw new EOFException("closed");
            }
            switch (random.nextInt(6)) {
                case 0 -> randomBytes(1 + random.nextInt(200));
                case 1 -> text("41 0C 1A F8\r\u0000\u00FF garbage line ~~\r\r>");
                case 2 -> text("7E8 10 14 49 02 01 31");  // truncated: no prompt, the session must time out
                case 3 -> dropNext = random.nextInt(4) == 0;
                case 4 -> text("7E8 03 41 0D 00 \r".repeat(400) + ">");  // a monitor flood beyond the response cap
                default -> text("NO DATA\r\r>");
            }
        }

        private void randomBytes(int n) {
            for (int i = 0; i < n; i++) {
                pending.add((byte) random.nextInt(256));
            }
            pending.add((byte) '>');
        }

        private void text(String s) {
            for (byte b : s.getBytes(StandardCharsets.ISO_8859_1)) {
                pending.add(b);
            }
        }

        @Override
        public int read(byte[] buffer, Duration timeout) throws IOException {
            if (dropNext) {
                open = false;
                dropNext = false;
                throw new EOFException("fuzzed link drop");
            }
            if (pending.isEmpty()) {
                return 0;
            }
            int n = Math.min(buffer.length, 1 + random.nextInt(64));
            int i = 0;
            for (; i < n && !pending.isEmpty(); i++) {
                buffer[i] = pending.poll();
            }
            return i;
        }

        @Override
        public String description() {
            return "noise";
        }

        @Override
        public void close() {
            open = false;
        }
    }

    @Test
    void shouldNeverThrowAndShouldCountBadBytes() throws IOException {
        Random random = new Random(SEED);
        NoiseTransport noise = new NoiseTransport(random);
        noise.open();
        ElmSession session = new ElmSession(noise, Fixtures.session());
        String[] commands = {"010C", "ATI", "0902", "01 0C 0D", "ATRV", "03"};
        int responses = 0;
        int timeouts = 0;
        int lost = 0;
        for (int round = 0; round < ROUNDS; round++) {
            if (!noise.isOpen()) {
                noise.open();
            }
            CommandResult result = session.send(commands[round % commands.length], Duration.ofMillis(2));
            if (result instanceof CommandResult.Response r) {
                responses++;
                assertThat(r.text()).doesNotContain(">", "\r").matches("[\\x20-\\x7E\\n]*");
            } else if (result instanceof CommandResult.Timeout) {
                timeouts++;
            } else {
                lost++;
            }
        }
        SessionStats stats = session.stats();
        assertThat(responses + timeouts + lost).isEqualTo(ROUNDS);
        assertThat(responses).isPositive();
        assertThat(timeouts).isPositive();
        assertThat(lost).isPositive();
        assertThat(stats.garbageBytes()).isPositive();
        assertThat(stats.overflowChars()).isPositive();
        assertThat(stats.staleBytes()).isPositive();
        assertThat(stats.commands()).isEqualTo(ROUNDS);
    }
}
