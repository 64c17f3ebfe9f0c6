package com.kcspeedshop.collector.elm327.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.collector.elm327.emulator.CloneQuirk;
import com.kcspeedshop.collector.elm327.emulator.Elm327Emulator;
import org.junit.jupiter.api.Test;

/** Each clone quirk of the emulator must be noticed and answered with its named workaround. */
class FingerprintQuirksTest {

    private Fingerprint connect(Elm327Emulator emulator, Sleeper sleeper) throws Exception {
        try (ElmSession session = new ElmSession(emulator.inMemoryTransport(), Fixtures.session(), sleeper)) {
            return session.connect();
        }
    }

    private Fingerprint connect(CloneQuirk quirk) throws Exception {
        return connect(new Elm327Emulator(Fixtures.emulator(quirk)), new Fixtures.RecordingSleeper());
    }

    @Test
    void shouldCatchAFakeV21BannerByTheCommandsItDoesNotKnow() throws Exception {
        Fingerprint fp = connect(CloneQuirk.FAKE_V21);

        assertThat(fp.claimedVersion()).isEqualTo("ELM327 v2.1");
        assertThat(fp.chip()).isEqualTo(Chip.ELM327_CLONE);
        assertThat(fp.chipReason()).contains("ATPPS", "ATCRA", "ATAT2");
        assertThat(fp.unsupported()).contains(Feature.PROGRAMMABLE_PARAMETERS, Feature.CAN_RECEIVE_ADDRESS,
                Feature.ADAPTIVE_TIMING_2);
        assertThat(fp.workaroundNames()).contains(Workaround.ADAPTIVE_TIMING_FALLBACK, Workaround.LOWER_REQUEST_RATE,
                Workaround.PIN_PROTOCOL);
    }

    @Test
    void shouldStripAStuckEchoAndCallTheAdapterAClone() throws Exception {
        Elm327Emulator emulator = new Elm327Emulator(Fixtures.emulator(CloneQuirk.ECHO_STUCK));
        try (ElmSession session = new ElmSession(emulator.inMemoryTransport(), Fixtures.session())) {
            Fingerprint fp = session.connect();
            CommandResult.Response speed = (CommandResult.Response) session.send("010D");

            assertThat(fp.workaroundNames()).contains(Workaround.STRIP_STUCK_ECHO);
            assertThat(fp.unsupported()).contains(Feature.ECHO_OFF);
            assertThat(fp.chip()).isEqualTo(Chip.ELM327_CLONE);
            assertThat(speed.echoed()).isTrue();
            assertThat(speed.lines()).allMatch(l -> l.startsWith("7E8") || l.startsWith("7E9"));
        }
    }

    @Test
    void shouldSkipASlowResetAndWarmStartOnTheNextInit() throws Exception {
        Elm327Emulator emulator = new Elm327Emulator(Fixtures.emulator(CloneQuirk.SLOW_RESET));
        try (ElmSession session = new ElmSession(emulator.inMemoryTransport(), Fixtures.session())) {
            Fingerprint first = session.connect();
            long start = System.nanoTime();
            Fingerprint second = session.connect();
            long secondMillis = (System.nanoTime() - start) / 1_000_000;

            assertThat(first.workaroundNames()).contains(Workaround.SKIP_SLOW_RESET);
            assertThat(first.workarounds()).filteredOn(w -> w.workaround() == Workaround.SKIP_SLOW_RESET)
                    .allMatch(w -> w.reason().contains("ATZ gave no prompt within 250 ms"));
            assertThat(second.workaroundNames()).contains(Workaround.SKIP_SLOW_RESET);
            // the 700 ms ATZ is not sent again
            assertThat(secondMillis).isLessThan(600);
            assertThat(second.protocolNumber()).isEqualTo("6");
        }
    }

    @Test
    void shouldReconnectAfterAResetThatDropsTheLinkAndNeverResetAgain() throws Exception {
        Elm327Emulator emulator = new Elm327Emulator(Fixtures.emulator(CloneQuirk.RESET_DROPS_LINK));
        Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

        Fingerprint fp = connect(emulator, sleeper);

        assertThat(fp.workaroundNames()).contains(Workaround.AVOID_RESET_LINK_DROP);
        assertThat(emulator.connections()).isEqualTo(2);
        assertThat(sleeper.sleeps).hasSize(1);
        assertThat(fp.chip()).isEqualTo(Chip.ELM327_GENUINE);
    }

    @Test
    void shouldFindTheProtocolDespiteSporadicBusErrorsAndSlowDown() throws Exception {
        int errorsOverAllSeeds = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Elm327Emulator emulator = new Elm327Emulator(Fixtures.emulator(CloneQuirk.SPORADIC_BUS_ERRORS)
                    .withErrorRate(0.3).withSeed(seed));
            Fingerprint fp = connect(emulator, new Fixtures.RecordingSleeper());

            assertThat(fp.protocolNumber()).as("seed %d", seed).isEqualTo("6");
            assertThat(fp.applied(Workaround.LOWER_REQUEST_RATE)).as("seed %d", seed)
                    .isEqualTo(fp.transientErrors() > 0);
            errorsOverAllSeeds += fp.transientErrors();
        }
        assertThat(errorsOverAllSeeds).isPositive();
    }

    @Test
    void shouldDropGarbageBytesAndCountThem() throws Exception {
        Elm327Emulator emulator = new Elm327Emulator(Fixtures.emulator(CloneQuirk.GARBAGE_BEFORE_PROMPT));
        try (ElmSession session = new ElmSession(emulator.inMemoryTransport(), Fixtures.session())) {
            Fingerprint fp = session.connect();

            assertThat(fp.claimedVersion()).isEqualTo("ELM327 v1.4b");
            assertThat(fp.protocolNumber()).isEqualTo("6");
            assertThat(session.stats().garbageBytes()).isPositive();
        }
    }

    @Test
    void shouldDisableMultiPidWhenOnlyTheFirstPidIsAnswered() throws Exception {
        Elm327Emulator emulator = new Elm327Emulator(Fixtures.emulator(CloneQuirk.NO_MULTI_PID));
        try (ElmSession session = new ElmSession(emulator.inMemoryTransport(), Fixtures.session())) {
            Fingerprint fp = session.connect();

            assertThat(fp.workaroundNames()).contains(Workaround.DISABLE_MULTI_PID);
            assertThat(fp.unsupported()).contains(Feature.MULTI_PID);
            assertThat(session.multiPidAllowed()).isFalse();
        }
    }

    @Test
    void shouldApplyEveryWorkaroundWhenEveryQuirkIsOn() throws Exception {
        Elm327Emulator emulator = new Elm327Emulator(Fixtures.emulator(CloneQuirk.values()).withErrorRate(0.1));
        Fingerprint fp = connect(emulator, new Fixtures.RecordingSleeper());

        assertThat(fp.chip()).isEqualTo(Chip.ELM327_CLONE);
        assertThat(fp.workaroundNames()).contains(Workaround.AVOID_RESET_LINK_DROP, Workaround.STRIP_STUCK_ECHO,
                Workaround.ADAPTIVE_TIMING_FALLBACK, Workaround.LOWER_REQUEST_RATE, Workaround.DISABLE_MULTI_PID,
                Workaround.PIN_PROTOCOL);
    }
}
