package com.kcspeedshop.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.kcspeedshop.collector.elm327.emulator.EmulatorSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dtc --clear} end to end over a socat pseudo-terminal pair, as with a USB or Bluetooth adapter: the emulated
 * car's codes are gone on the next read after {@code --clear --yes}, and stay after {@code --clear} alone.
 */
class DtcClearPtyIT {

    @TempDir
    Path dir;
    private PtyCar car;

    @BeforeEach
    void plugIn() throws Exception {
        assumeTrue(PtyCar.socatInstalled(), "socat is not installed: install it (apt-get install -y socat) to run "
                + "the pseudo-terminal tests; .ci/run must install it");
        car = new PtyCar(dir, EmulatorSettings.defaults()
                .withTiming(Duration.ofMillis(5), Duration.ofMillis(50), Duration.ofMillis(500)));
        car.plugIn();
    }

    @AfterEach
    void unplug() throws InterruptedException {
        if (car != null) {
            car.close();
        }
    }

    private CliRun dtc(String... more) throws Exception {
        car.plugIn(); // a new pty pair if socat ended with the last command's port
        CliRun cli = new CliRun();
        String[] args = new String[3 + more.length];
        args[0] = "dtc";
        args[1] = "--port";
        args[2] = car.collectorEnd().toString();
        System.arraycopy(more, 0, args, 3, more.length);
        int code = cli.run(args);
        assertThat(code).as("exit code; stderr: %s%nstdout: %s", cli.err, cli.out).isEqualTo(more.length == 1 ? 2 : 0);
        return cli;
    }

    @Test
    void shouldClearTheCarsCodesOnlyWithYes() throws Exception {
        CliRun refused = dtc("--clear");
        assertThat(refused.err.toString()).contains("refusing to clear trouble codes without --yes");
        assertThat(dtc().out.toString()).contains("P0301", "P0420", "P0171");
        assertThat(car.emulator().served(0x04, 0x00)).isZero();

        CliRun cleared = dtc("--clear", "--yes");
        assertThat(cleared.out.toString()).contains("cleared: ECU 7E8 confirmed", "cleared: ECU 7E9 confirmed");

        String after = dtc().out.toString();
        assertThat(after).contains("stored codes, ECU 7E8: none", "pending codes, ECU 7E8: none")
                .doesNotContain("P0301", "P0420", "P0171");
        assertThat(car.emulator().served(0x04, 0x00)).isEqualTo(1);
    }
}
