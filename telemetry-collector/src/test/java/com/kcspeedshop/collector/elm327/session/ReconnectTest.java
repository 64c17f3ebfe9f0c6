package com.kcspeedshop.collector.elm327.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.collector.elm327.emulator.Elm327Emulator;
import com.kcspeedshop.collector.transport.Transport;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconnectTest {

    /** Wraps a transport: fails the first {@code failOpens} opens and can drop the link on demand. */
    static final class FlakyTransport implements Transport {
        private final Transport delegate;
        private int failOpens;
        int opens;

        FlakyTransport(Transport delegate, int failOpens) {
            this.delegate = delegate;
            this.failOpens = failOpens;
        }

        void drop() {
            delegate.close();
        }

        @Override
        public void open() throws IOException {
            opens++;
            if (failOpens-- > 0) {
                throw new IOException("no route to adapter (attempt " + opens + ")");
            }
            delegate.open();
        }

        @Override
        public boolean isOpen() {
            return delegate.isOpen();
        }

        @Override
        public void write(byte[] data) throws IOException {
            delegate.write(data);
        }

        @Override
        public int read(byte[] buffer, Duration timeout) throws IOException {
            return delegate.read(buffer, timeout);
        }

        @Override
        public String description() {
            return "flaky " + delegate.description();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    private final Elm327Emulator emulator = new Elm327Emulator(Fixtures.emulator());
    private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

    @Test
    void shouldBackOffExponentiallyWithJitterUntilTheAdapterAnswers() throws Exception {
        FlakyTransport flaky = new FlakyTransport(emulator.inMemoryTransport(), 3);
        try (ElmSession session = new ElmSession(flaky, Fixtures.session(), sleeper)) {
            Fingerprint fp = session.connect();

            assertThat(fp.protocolNumber()).isEqualTo("6");
            assertThat(flaky.opens).isEqualTo(4);
            // steps 10, 20, 40 ms: each delay lies in [step/2, step]
            assertThat(sleeper.sleeps).hasSize(3);
            assertThat(sleeper.sleeps.get(0).toMillis()).isBetween(5L, 10L);
            assertThat(sleeper.sleeps.get(1).toMillis()).isBetween(10L, 20L);
            assertThat(sleeper.sleeps.get(2).toMillis()).isBetween(20L, 40L);
        }
    }

    @Test
    void shouldGiveUpAfterTheConfiguredAttemptsWithTheLastReason() {
        FlakyTransport dead = new FlakyTransport(emulator.inMemoryTransport(), Integer.MAX_VALUE);
        ElmSession session = new ElmSession(dead, Fixtures.session(), sleeper);

        assertThatThrownBy(session::connect)
                .isInstanceOf(AdapterUnavailableException.class)
                .hasMessageContaining("gave up after 5 attempts")
                .hasMessageContaining("no route to adapter (attempt 5)");
        assertThat(sleeper.sleeps).hasSize(4);
    }

    @Test
    void shouldCapTheDelay() {
        ReconnectPolicy policy = new ReconnectPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 50, 3L);
        ReconnectPolicy.Backoff backoff = policy.newBackoff();
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            delays.add(backoff.next().toMillis());
        }
        assertThat(delays).allMatch(d -> d >= 50 && d <= 1000);
        assertThat(delays.subList(10, 40)).allMatch(d -> d >= 500);
        // jitter: capped delays are not all equal
        assertThat(delays.subList(10, 40).stream().distinct().count()).isGreaterThan(5);
    }

    @Test
    void shouldReconnectAndReRunInitWhenTheLinkDropsMidSession() throws Exception {
        FlakyTransport flaky = new FlakyTransport(emulator.inMemoryTransport(), 0);
        try (ElmSession session = new ElmSession(flaky, Fixtures.session(), sleeper)) {
            session.connect();
            flaky.drop();

            CommandResult result = session.sendOrReconnect("010C");

            assertThat(result).isInstanceOfSatisfying(CommandResult.Response.class,
                    r -> assertThat(r.text()).startsWith("7E8 04 41 0C"));
            assertThat(emulator.connections()).isEqualTo(2);
            assertThat(session.stats().reconnects()).isEqualTo(1);
            assertThat(session.stats().linkLosses()).isEqualTo(1);
            assertThat(sleeper.sleeps).hasSize(1);
        }
    }
}
