package com.kcspeedshop.collector.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.kcspeedshop.collector.elm327.emulator.CloneQuirk;
import com.kcspeedshop.collector.elm327.emulator.Elm327Emulator;
import com.kcspeedshop.collector.elm327.emulator.EmulatorSettings;
import com.kcspeedshop.collector.elm327.session.Chip;
import com.kcspeedshop.collector.elm327.session.CommandResult;
import com.kcspeedshop.collector.elm327.session.ElmSession;
import com.kcspeedshop.collector.elm327.session.Fingerprint;
import com.kcspeedshop.collector.elm327.session.SessionSettings;
import com.kcspeedshop.collector.elm327.session.Workaround;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The emulator and the session on the two ends of a real pseudo-terminal pair made by socat, both through
 * {@link SerialTransport} (jSerialComm), as a USB or RFCOMM adapter would be reached. Skipped when socat is missing.
 */
class SerialPtyIT {

    private static final Duration PTY_WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;
    private Process socat;
    private Path adapterEnd;
    private Path collectorEnd;
    private Elm327Emulator emulator;

    @BeforeEach
    void startPtyPair() throws Exception {
        assumeTrue(onPath("socat"), "socat is not installed: install it (apt-get install -y socat) to run the"
                + " pseudo-terminal tests; .ci/run must install it");
        adapterEnd = dir.resolve("adapter");
        collectorEnd = dir.resolve("collector");
        socat = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + adapterEnd, "pty,raw,echo=0,link=" + collectorEnd)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("socat.log").toFile())
                .start();
        long deadline = System.nanoTime() + PTY_WAIT.toNanos();
        while (!(Files.exists(adapterEnd) && Files.exists(collectorEnd)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(adapterEnd).as("socat pty link; see %s", dir.resolve("socat.log")).exists();
        assertThat(collectorEnd).exists();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (emulator != null) {
            emulator.stop();
        }
        if (socat != null) {
            socat.destroy();
            socat.waitFor();
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private ElmSession plugIn(EmulatorSettings settings, SessionSettings sessionSettings) throws IOException {
        emulator = new Elm327Emulator(settings);
        SerialTransport adapterPort = new SerialTransport(SerialSettings.of(adapterEnd.toString()));
        adapterPort.open();
        emulator.start(adapterPort);
        // baud probing on: over a pty any rate works, so the first candidate must answer with a prompt
        return new ElmSession(new SerialTransport(new SerialSettings(collectorEnd.toString(), 38_400, true)),
                sessionSettings);
    }

    @Test
    void shouldFingerprintAndReadVinAndPidsOverARealPtyPair() throws Exception {
        try (ElmSession session = plugIn(EmulatorSettings.defaults(), SessionSettings.defaults())) {
            Fingerprint fp = session.connect();
            assertThat(fp.link()).isEqualTo("serial:" + collectorEnd + "@38400");
            assertThat(fp.chip()).isEqualTo(Chip.ELM327_GENUINE);
            assertThat(fp.workaroundNames()).containsExactly(Workaround.PIN_PROTOCOL);

            CommandResult.Response vin = (CommandResult.Response) session.send("0902");
            assertThat(vin.lines()).hasSize(3).allMatch(l -> l.startsWith("7E8 "));
            assertThat(vinOf(vin)).isEqualTo(EmulatorSettings.DEFAULT_VIN);

            long rpmBefore = emulator.served(0x01, 0x0C);
            for (int i = 0; i < 5; i++) {
                assertThat(session.send("010C")).isInstanceOf(CommandResult.Response.class);
                assertThat(session.send("01 0C 0D 05")).isInstanceOf(CommandResult.Response.class);
            }
            assertThat(emulator.served(0x01, 0x0C) - rpmBefore).isEqualTo(10);
            assertThat(session.stats().timeouts()).isZero();
        }
    }

    @Test
    void shouldWorkAroundCloneQuirksOverARealPtyPair() throws Exception {
        Set<CloneQuirk> quirks = EnumSet.allOf(CloneQuirk.class);
        quirks.remove(CloneQuirk.RESET_DROPS_LINK);  // a pty cannot drop and come back; covered over memory pipes
        EmulatorSettings clone = EmulatorSettings.defaults().withQuirks(quirks)
                .withTiming(Duration.ofMillis(40), Duration.ofMillis(300), Duration.ofMillis(1500))
                .withErrorRate(0.1);
        SessionSettings settings = SessionSettings.defaults().withTimeouts(Duration.ofSeconds(1),
                Duration.ofMillis(600), Duration.ofSeconds(2), Duration.ofSeconds(15));
        try (ElmSession session = plugIn(clone, settings)) {
            Fingerprint fp = session.connect();
            assertThat(fp.chip()).isEqualTo(Chip.ELM327_CLONE);
            assertThat(fp.workaroundNames()).contains(Workaround.SKIP_SLOW_RESET, Workaround.STRIP_STUCK_ECHO,
                    Workaround.ADAPTIVE_TIMING_FALLBACK, Workaround.LOWER_REQUEST_RATE, Workaround.DISABLE_MULTI_PID);

            CommandResult.Response vin = readWithRetries(session, "0902");
            assertThat(vinOf(vin)).isEqualTo(EmulatorSettings.DEFAULT_VIN);
            for (int i = 0; i < 5; i++) {
                assertThat(session.send("010D")).isInstanceOf(CommandResult.Response.class);
            }
            assertThat(session.stats().echoesStripped()).isPositive();
            assertThat(session.stats().garbageBytes()).isPositive();
        }
    }

    @Test
    void shouldReportLinkLostWhenThePtyPairGoesAway() throws Exception {
        try (ElmSession session = plugIn(EmulatorSettings.defaults(), SessionSettings.defaults())) {
            session.connect();
            socat.destroy();
            socat.waitFor();

            CommandResult first = session.send("010C");
            CommandResult second = session.send("010C");

            // the write or the poll of the dead pty fails at once: no waiting out a timeout
            assertThat(first).isInstanceOf(CommandResult.LinkLost.class);
            assertThat(second).isInstanceOf(CommandResult.LinkLost.class);
        }
    }

    /** Sporadic bus errors are answers too; the test wants the VIN, so it asks again like a poller would. */
    private static CommandResult.Response readWithRetries(ElmSession session, String request) {
        for (int i = 0; i < 10; i++) {
            if (session.send(request) instanceof CommandResult.Response r && r.lines().size() == 3) {
                return r;
            }
        }
        throw new AssertionError("no clean answer to " + request + " in 10 tries");
    }

    /** Test-side reassembly of the three headers-on CAN frames: skip header, PCI, and 49 02 01 in the first. */
    private static String vinOf(CommandResult.Response vin) {
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < vin.lines().size(); i++) {
            String[] bytes = vin.lines().get(i).split(" ");
            for (int b = i == 0 ? 6 : 2; b < bytes.length; b++) {
                ascii.append((char) Integer.parseInt(bytes[b], 16));
            }
        }
        return ascii.toString();
    }
}
