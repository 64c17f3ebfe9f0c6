package com.kcspeedshop.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.collector.publish.PublishStats;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CollectorCliTest {

    private final CliRun cli = new CliRun();

    @Test
    void shouldTeachSimulateInItsHelp() {
        assertThat(cli.run("simulate", "--help")).isZero();
        assertThat(cli.out.toString())
                .contains("--vehicles=N", "--bootstrap-servers", "--rate-hz=R", "--seed=S", "--duration=D")
                .contains("Readings per second per signal per car", "Default: 1.0", "Default: 1")
                .contains("Default: telemetry.obd-readings.v1", "Default: 5s")
                .contains("Example:", "kcs-collector simulate --vehicles 20 --bootstrap-servers broker1:9092")
                .doesNotContain("Default: 0", "Default: null");
    }

    @Test
    void shouldListItsCommands() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out.toString()).contains("run", "scan", "dtc", "simulate", "replay", "decode", "bench", "help");
    }

    @Test
    void shouldRequireVehiclesAndBootstrapServers() {
        assertThat(cli.run("simulate", "--vehicles", "3")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("--bootstrap-servers");
    }

    @ParameterizedTest
    @CsvSource({"0,within 1..100000", "-4,within 1..100000"})
    void shouldRejectImpossibleFleetSizesBeforeConnecting(String vehicles, String message) {
        assertThat(cli.run("simulate", "--vehicles", vehicles, "--bootstrap-servers", "kafka:9092")).isEqualTo(2);
        assertThat(cli.err.toString()).contains(message);
    }

    @Test
    void shouldRejectMalformedBootstrapServersBeforeConnecting() {
        assertThat(cli.run("simulate", "--vehicles", "3", "--bootstrap-servers", "kafka")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("'kafka' is not host:port");
    }

    @Test
    void shouldOfferAStoreAndForwardJournalAndRejectABadFsyncPolicyBeforeConnecting() {
        assertThat(cli.run("simulate", "--help")).isZero();
        assertThat(cli.out.toString()).contains("--journal-dir=DIR", "--journal-fsync", "Default: 100ms");
        assertThat(cli.run("simulate", "--vehicles", "3", "--bootstrap-servers", "kafka:9092", "--journal-dir",
                "build-journal", "--journal-fsync", "sometimes")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("'always', 'never' or an interval like '100ms'");
    }

    @Test
    void shouldRejectAMissingSubcommand() {
        assertThat(cli.run()).isEqualTo(2);
        assertThat(cli.err.toString()).contains("Missing a command");
    }

    @ParameterizedTest
    @CsvSource({"10m,PT10M", "90s,PT1M30S", "1h30m,PT1H30M", "500ms,PT0.5S", "PT2M,PT2M", "2d,PT48H"})
    void shouldParseHumanDurations(String text, String expected) {
        assertThat(new DurationConverter().convert(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "10x", "m10", "0s", "PTxM", ""})
    void shouldRejectWhatIsNotAPositiveDuration(String text) {
        assertThatThrownBy(() -> new DurationConverter().convert(text))
                .isInstanceOf(CommandLine.TypeConversionException.class);
    }

    @Test
    void shouldReportSentErrorsAndTheLatestReasonOnOneLine() {
        String line = StatusLine.format(Duration.ofSeconds(3725),
                new PublishStats(12_400, 12_345, 3, "TimeoutException: expired"));
        assertThat(line).isEqualTo("[01:02:05] readings sent 12,345, send errors 3, pending 52, "
                + "last error: TimeoutException: expired");
        assertThat(line).doesNotContain("\n");
    }
}
