package com.kcspeedshop.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class PollCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = CollectorCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void shouldTeachRunInItsHelp() {
        assertThat(run("run", "--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " "))
                .contains("--port=DEVICE", "--tcp=HOST:PORT", "--baud=RATE", "--bootstrap-servers", "--source-id",
                        "--journal-dir", "--rate=PID=HZ", "--duration", "adapter-fingerprints.v1")
                .contains("Default: telemetry.obd-readings.v1", "Default: 5s")
                .contains("Example:", "kcs-collector run --port /dev/ttyUSB0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan", "dtc"})
    void shouldTeachScanAndDtcInTheirHelp(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out.toString()).contains("--port=DEVICE", "--tcp=HOST:PORT", "Example");
    }

    @Test
    void shouldRefuseToClearTroubleCodesWithoutYesBeforeTouchingTheAdapter() {
        assertThat(run("dtc", "--port", "/dev/does-not-exist", "--clear")).isEqualTo(2);
        assertThat(err.toString()).contains("refusing to clear trouble codes without --yes");
    }

    @Test
    void shouldRequireExactlyOneAdapterLink() {
        assertThat(run("scan")).isEqualTo(2);
        assertThat(err.toString()).contains("--port", "--tcp");
        assertThat(run("scan", "--port", "/dev/ttyUSB0", "--tcp", "host:35000")).isEqualTo(2);
    }

    @Test
    void shouldRejectABadRateBeforeConnecting() {
        assertThat(run("run", "--port", "/dev/ttyUSB0", "--bootstrap-servers", "kafka:9092", "--rate", "0C=500"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("rate must be within 0.01..50.0 Hz, got 500.0");
    }

    @Test
    void shouldRejectAMalformedVinBeforeConnecting() {
        assertThat(run("run", "--port", "/dev/ttyUSB0", "--bootstrap-servers", "kafka:9092", "--vin", "NOT-A-VIN"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--vin is 17 characters");
    }
}
