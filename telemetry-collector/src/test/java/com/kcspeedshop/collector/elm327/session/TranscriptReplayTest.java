package com.kcspeedshop.collector.elm327.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.collector.elm327.emulator.CloneQuirk;
import com.kcspeedshop.collector.elm327.emulator.Elm327Emulator;
import com.kcspeedshop.collector.transport.RecordingTransport;
import com.kcspeedshop.collector.transport.ScriptedTransport;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The init sequence replayed against a recorded transcript: the request order is part of the contract. */
class TranscriptReplayTest {

    private static final Path CLONE = Path.of("src/test/resources/elm327/clone-v21-init.transcript");

    @Test
    void shouldFingerprintARecordedCloneInit() throws Exception {
        ScriptedTransport replay = ScriptedTransport.fromFile(CLONE);
        Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();
        try (ElmSession session = new ElmSession(replay, Fixtures.session(), sleeper)) {
            Fingerprint fp = session.connect();

            assertThat(replay.mismatches()).isEmpty();
            assertThat(fp.chip()).isEqualTo(Chip.ELM327_CLONE);
            assertThat(fp.batteryVolts()).isEqualTo(12.4);
            assertThat(fp.protocolNumber()).isEqualTo("6");
            assertThat(fp.workaroundNames()).containsExactly(Workaround.ADAPTIVE_TIMING_FALLBACK,
                    Workaround.PIN_PROTOCOL, Workaround.DISABLE_MULTI_PID, Workaround.LOWER_REQUEST_RATE);

            assertThat(session.send("010C")).isInstanceOfSatisfying(CommandResult.Response.class,
                    r -> assertThat(r.text()).isEqualTo("7E8 04 41 0C 0B 44"));
            assertThat(session.send("010D", Duration.ofMillis(20))).isInstanceOf(CommandResult.Timeout.class);
            assertThat(session.send("0105")).isInstanceOf(CommandResult.LinkLost.class);
            assertThat(replay.remainingExchanges()).isZero();
        }
    }

    @Test
    void shouldReplayACapturedSessionToTheSameFingerprint() throws Exception {
        Elm327Emulator emulator = new Elm327Emulator(Fixtures.emulator(CloneQuirk.FAKE_V21, CloneQuirk.ECHO_STUCK,
                CloneQuirk.GARBAGE_BEFORE_PROMPT));
        RecordingTransport recorder = new RecordingTransport(emulator.inMemoryTransport());
        Fingerprint live;
        try (ElmSession session = new ElmSession(recorder, Fixtures.session())) {
            live = session.connect();
            session.send("0902");
        }

        ScriptedTransport replay = ScriptedTransport.parse("capture", recorder.transcript());
        try (ElmSession session = new ElmSession(replay, Fixtures.session())) {
            Fingerprint replayed = session.connect();
            CommandResult vin = session.send("0902");

            assertThat(replay.mismatches()).isEmpty();
            assertThat(recorder.transcript()).contains("> ATZ\nATZ\nELM327 v2.1\n", "> ATPPS\nATPPS\n?\n");
            assertThat(replayed).isEqualTo(new Fingerprint("script:capture", live.claimedVersion(),
                    live.deviceDescription(), live.stnVersion(), live.stnDevice(), live.chip(), live.chipReason(),
                    live.protocol(), live.protocolNumber(), live.batteryVolts(), live.supported(), live.unsupported(),
                    live.workarounds(), live.transientErrors()));
            assertThat(vin).isInstanceOfSatisfying(CommandResult.Response.class,
                    r -> assertThat(r.lines()).hasSize(3));
        }
    }

    @Test
    void shouldAnswerAnUnexpectedRequestWithAQuestionMarkAndRecordIt() throws Exception {
        ScriptedTransport replay = ScriptedTransport.parse("tiny", "> ATI\nELM327 v1.4b\n");
        replay.open();
        ElmSession session = new ElmSession(replay, Fixtures.session());

        CommandResult result = session.send("ATRV");

        assertThat(result).isInstanceOfSatisfying(CommandResult.Response.class,
                r -> assertThat(r.unknownCommand()).isTrue());
        assertThat(replay.mismatches()).containsExactly("expected 'ATI' but got 'ATRV'");
    }
}
