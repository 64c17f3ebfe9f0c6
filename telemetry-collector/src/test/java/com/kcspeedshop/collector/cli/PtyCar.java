package com.kcspeedshop.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.collector.elm327.emulator.Elm327Emulator;
import com.kcspeedshop.collector.elm327.emulator.EmulatorSettings;
import com.kcspeedshop.collector.transport.SerialSettings;
import com.kcspeedshop.collector.transport.SerialTransport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A car with an ELM327 adapter on one end of a socat pseudo-terminal pair; the collector opens the other end as it
 * would a USB or Bluetooth serial device. One emulator for the whole test, so its served counts cover every link.
 */
final class PtyCar implements AutoCloseable {

    private static final Duration PTY_WAIT = Duration.ofSeconds(5);

    private final Path dir;
    private final Elm327Emulator emulator;
    private Process socat;
    private SerialTransport adapterPort;

    PtyCar(Path dir, EmulatorSettings settings) {
        this.dir = dir;
        this.emulator = new Elm327Emulator(settings);
    }

    static boolean socatInstalled() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "socat"))) {
                return true;
            }
        }
        return false;
    }

    /** The device the collector opens. */
    Path collectorEnd() {
        return dir.resolve("collector");
    }

    Elm327Emulator emulator() {
        return emulator;
    }

    /** Creates the pty pair (again, if the last one is gone) and plugs the emulator into its adapter end. */
    void plugIn() throws IOException, InterruptedException {
        if (socat != null && socat.isAlive()) {
            return;
        }
        Path adapterEnd = dir.resolve("adapter");
        Files.deleteIfExists(adapterEnd);
        Files.deleteIfExists(collectorEnd());
        socat = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + adapterEnd,
                "pty,raw,echo=0,link=" + collectorEnd())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("socat.log").toFile()))
                .start();
        long deadline = System.nanoTime() + PTY_WAIT.toNanos();
        while (!(Files.exists(adapterEnd) && Files.exists(collectorEnd())) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(collectorEnd()).as("socat pty link; see %s", dir.resolve("socat.log")).exists();
        adapterPort = new SerialTransport(SerialSettings.of(adapterEnd.toString()));
        adapterPort.open();
        emulator.start(adapterPort);
    }

    @Override
    public void close() throws InterruptedException {
        emulator.stop();
        if (socat != null) {
            socat.destroy();
            socat.waitFor();
        }
    }
}
