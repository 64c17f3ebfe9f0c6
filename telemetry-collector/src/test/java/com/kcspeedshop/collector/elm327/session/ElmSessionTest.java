package com.kcspeedshop.collector.elm327.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.kcspeedshop.collector.elm327.emulator.AdapterModel;
import com.kcspeedshop.collector.elm327.emulator.CloneQuirk;
import com.kcspeedshop.collector.elm327.emulator.Elm327Emulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ElmSessionTest {

    private final Elm327Emulator emulator = new Elm327Emulator(Fixtures.emulator());

    @Test
    void shouldFingerprintAGenuineAdapterWithOnlyThePinnedProtocol() throws Exception {
        try (ElmSession session = new ElmSession(emulator.inMemoryTransport(), Fixtures.session())) {
            Fingerprint fp = session.connect();

            assertThat(fp.chip()).isEqualTo(Chip.ELM327_GENUINE);
            assertThat(fp.claimedVersion()).isEqualTo("ELM327 v1.4b");
            assertThat(fp.deviceDescription()).isEqualTo("OBDII to RS232 Interpreter");
            assertThat(fp.protocol()).isEqualTo("ISO 15765-4 (CAN 11/500)");
            assertThat(fp.protocolNumber()).isEqualTo("6");
            assertThat(fp.batteryVolts()).isBetween(13.5, 14.8);
            assertThat(fp.workaroundNames()).containsExactly(Workaround.PIN_PROTOCOL);
            assertThat(fp.supported()).contains(Feature.MULTI_PID, Feature.ADAPTIVE_TIMING_2, Feature.ECHO_OFF,
                    Feature.PROGRAMMABLE_PARAMETERS, Feature.CAN_RECEIVE_ADDRESS);
            assertThat(fp.unsupported()).containsExactly(Feature.STN_COMMANDS);
            assertThat(session.multiPidAllowed()).isTrue();
        }
    }

    @Test
    void shouldRecogniseAnStnChipByItsStCommands() throws Exception {
        Elm327Emulator stn = new Elm327Emulator(Fixtures.emulator().withModel(AdapterModel.STN1110));
        try (ElmSession session = new ElmSession(stn.inMemoryTransport(), Fixtures.session())) {
            Fingerprint fp = session.connect();

            assertThat(fp.chip()).isEqualTo(Chip.STN);
            assertThat(fp.stnVersion()).isEqualTo("STN1110 v4.2.0");
            assertThat(fp.stnDevice()).isEqualTo("OBDLink SX r4.2");
            assertThat(fp.supported()).contains(Feature.STN_COMMANDS);
        }
    }

    @Test
    void shouldRoundTripTheFingerprintThroughJson() throws Exception {
        Elm327Emulator clone = new Elm327Emulator(Fixtures.emulator(CloneQuirk.FAKE_V21, CloneQuirk.NO_MULTI_PID));
        try (ElmSession session = new ElmSession(clone.inMemoryTransport(), Fixtures.session())) {
            Fingerprint fp = session.connect();
            String json = fp.toJson();

            assertThat(json).contains("\"chip\":\"ELM327_CLONE\"", "\"workaround\":\"DISABLE_MULTI_PID\"",
                    "\"claimedVersion\":\"ELM327 v2.1\"");
            assertThat(Fingerprint.fromJson(json)).isEqualTo(fp);
        }
    }

    @Test
    void shouldStripTheEchoOfAFreshAdapter() throws Exception {
        try (var transport = emulator.inMemoryTransport()) {
            transport.open();
            ElmSession session = new ElmSession(transport, Fixtures.session());

            CommandResult.Response ati = (CommandResult.Response) session.send("ATI");

            assertThat(ati.echoed()).isTrue();
            assertThat(ati.text()).isEqualTo("ELM327 v1.4b");
            assertThat(session.stats().echoesStripped()).isEqualTo(1);
        }
    }

    @Test
    void shouldHideSearchingAndWaitLongerOnTheFirstRequest() throws Exception {
        try (var transport = emulator.inMemoryTransport()) {
            transport.open();
            ElmSession session = new ElmSession(transport, Fixtures.session());
            session.send("ATE0");

            CommandResult.Response first = (CommandResult.Response) session.send("0100");
            CommandResult.Response second = (CommandResult.Response) session.send("0100");

            assertThat(first.searched()).isTrue();
            assertThat(first.text()).doesNotContain("SEARCHING").startsWith("41 00 ");
            assertThat(first.lines()).hasSize(2);  // engine and transmission both answer
            assertThat(second.searched()).isFalse();
        }
    }

    @Test
    void shouldReadTheVinAsAMultiFrameAnswerWithHeadersOffAndOn() throws Exception {
        try (ElmSession session = new ElmSession(emulator.inMemoryTransport(), Fixtures.session())) {
            session.connect();  // headers on by default
            CommandResult.Response framesOn = (CommandResult.Response) session.send("0902");
            session.send("ATH0");
            CommandResult.Response framesOff = (CommandResult.Response) session.send("0902");

            assertThat(framesOn.lines()).containsExactly(
                    "7E8 10 14 49 02 01 31 4B 43",
                    "7E8 21 53 50 30 30 44 35 52",
                    "7E8 22 53 31 32 33 34 35 36");
            assertThat(framesOff.lines()).containsExactly(
                    "014",
                    "0: 49 02 01 31 4B 43",
                    "1: 53 50 30 30 44 35 52",
                    "2: 53 31 32 33 34 35 36");
            assertThat(emulator.served(0x09, 0x02)).isEqualTo(2);
        }
    }

    @Test
    void shouldReportATimeoutAndNotMistakeTheLateAnswerForTheNextOne() throws Exception {
        Elm327Emulator slow = new Elm327Emulator(Fixtures.emulator()
                .withTiming(Duration.ofMillis(150), Duration.ofMillis(20), Duration.ofMillis(20)));
        try (var transport = slow.inMemoryTransport()) {
            transport.open();
            ElmSession session = new ElmSession(transport, Fixtures.session());
            session.send("ATE0");
            session.send("ATSP6");

            CommandResult early = session.send("010D", Duration.ofMillis(30));
            Thread.sleep(200);  // the late answer arrives meanwhile
            CommandResult next = session.send("ATI");

            assertThat(early).isInstanceOf(CommandResult.Timeout.class);
            assertThat(next).isInstanceOfSatisfying(CommandResult.Response.class,
                    r -> assertThat(r.text()).isEqualTo("ELM327 v1.4b"));
            assertThat(session.stats().timeouts()).isEqualTo(1);
            assertThat(session.stats().staleBytes()).isPositive();
        }
    }

    @Test
    void shouldAdaptTheObdTimeoutToObservedLatency() throws Exception {
        try (ElmSession session = new ElmSession(emulator.inMemoryTransport(), Fixtures.session())) {
            session.connect();
            for (int i = 0; i < 30; i++) {
                assertThat(session.send("010C")).isInstanceOf(CommandResult.Response.class);
            }
            // 3 ms answers: the 500 ms starting timeout shrinks to its 150 ms floor
            assertThat(session.currentObdTimeout()).isEqualTo(Duration.ofMillis(150));
        }
    }

    @Test
    void shouldCountEveryServedPidOnce() throws Exception {
        try (ElmSession session = new ElmSession(emulator.inMemoryTransport(), Fixtures.session())) {
            session.connect();
            long rpmBefore = emulator.served(0x01, 0x0C);
            for (int i = 0; i < 5; i++) {
                session.send("010C");
                session.send("01 0C 0D 05");
            }
            assertThat(emulator.served(0x01, 0x0C) - rpmBefore).isEqualTo(10);
        }
    }

    @Test
    void shouldReturnLinkLostInsteadOfThrowing() throws Exception {
        Elm327Emulator dropping = new Elm327Emulator(Fixtures.emulator(CloneQuirk.RESET_DROPS_LINK));
        try (var transport = dropping.inMemoryTransport()) {
            transport.open();
            ElmSession session = new ElmSession(transport, Fixtures.session());

            assertThat(session.send("ATZ")).isInstanceOf(CommandResult.LinkLost.class);
            assertThat(session.send("ATI")).isInstanceOf(CommandResult.LinkLost.class);
            assertThat(session.stats().linkLosses()).isEqualTo(2);
        }
    }

    @Test
    void shouldRejectAMalformedCommand() {
        ElmSession session = new ElmSession(emulator.inMemoryTransport(), Fixtures.session());
        assertThrows(IllegalArgumentException.class, () -> session.send("AT Z\r"));
        assertThrows(IllegalArgumentException.class, () -> session.send(""));
    }
}
