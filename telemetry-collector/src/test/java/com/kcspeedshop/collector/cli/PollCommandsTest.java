package com.kcspeedshop.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PollCommandsTest {

    private final CliRun cli = new CliRun();

    @Test
    void shouldTeachRunInItsHelp() {
        assertThat(cli.run("run", "--help")).isZero();
        assertThat(cli.out.toString().replaceAll("\\s+", " "))
                .contains("--port=DEVICE", "--tcp=HOST:PORT", "--baud=RATE", "--bootstrap-servers", "--source-id",
                        "--journal-dir", "--rate=PID=HZ", "--duration", "adapter-fingerprints.v1")
                .contains("Default: telemetry.obd-readings.v1", "Default: 5s")
                .contains("Example:", "kcs-collector run --port /dev/ttyUSB0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan", "dtc"})
    void shouldTeachScanAndDtcInTheirHelp(String command) {
        assertThat(cli.run(command, "--help")).isZero();
        assertThat(cli.out.toString()).contains("--port=DEVICE", "--tcp=HOST:PORT", "Example");
    }

    @Test
    void shouldRefuseToClearTroubleCodesWithoutYesBeforeTouchingTheAdapter() {
        assertThat(cli.run("dtc", "--port", "/dev/does-not-exist", "--clear")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("refusing to clear trouble codes without --yes");
    }

    @Test
    void shouldRequireExactlyOneAdapterLink() {
        assertThat(cli.run("scan")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("--port", "--tcp");
        assertThat(cli.run("scan", "--port", "/dev/ttyUSB0", "--tcp", "host:35000")).isEqualTo(2);
    }

    @Test
    void shouldRejectABadRateBeforeConnecting() {
        assertThat(cli.run("run", "--port", "/dev/ttyUSB0", "--bootstrap-servers", "kafka:9092", "--rate", "0C=500"))
                .isEqualTo(2);
        assertThat(cli.err.toString()).contains("rate must be within 0.01..50.0 Hz, got 500.0");
    }

    @Test
    void shouldRejectAMalformedVinBeforeConnecting() {
        assertThat(cli.run("run", "--port", "/dev/ttyUSB0", "--bootstrap-servers", "kafka:9092", "--vin", "NOT-A-VIN"))
                .isEqualTo(2);
        assertThat(cli.err.toString()).contains("--vin is 17 characters");
    }
}
