package com.kcspeedshop.flink.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertState;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.flink.testing.SharedFlink;
import com.kcspeedshop.health.VehicleHealthEngine;
import com.kcspeedshop.health.fault.FaultType;
import com.kcspeedshop.health.reference.HealthReference;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code replay} command on the shared MiniCluster: its scores are the reference's (plus the trip's last interval,
 * which the end of input closes), a real trip raises nothing untouched and the right alert with a fault injected, and
 * bad input is an exit code with the line, not a stack trace.
 */
@ExtendWith(SharedFlink.class)
class ReplayCommandIT {

    private static final Path REAL_TRIPS = Path.of("../../shared/datasets/obd-real");
    private static final String VIN = "1HGCM82633A004352";
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void shouldWriteTheReferenceScoresOfOurOwnReadingsAsJsonLines(@TempDir Path dir) throws Exception {
        List<ObdReading> readings = new ArrayList<>();
        long seq = 0;
        for (int s = 0; s < 95; s++) {
            readings.add(new ObdReading(VIN, "ENGINE_RPM", 800, "rpm", T0.plusSeconds(s), "c", seq++));
            readings.add(new ObdReading(VIN, "COOLANT_TEMP", 90 + s * 0.25, "degC", T0.plusSeconds(s), "c", seq++));
        }
        Path input = dir.resolve("readings.jsonl");
        Files.write(input, readings.stream().map(Events.OBD_READING::toJson).toList());
        Path out = dir.resolve("out.jsonl");

        Run run = run(input.toString(), "--out", out.toString());

        assertThat(run.exit).as(run.stderr).isZero();
        List<HealthScore> scores = Files.readAllLines(out).stream()
                .filter(l -> l.startsWith("{\"type\":\"health-score\""))
                .map(l -> Events.HEALTH_SCORE.fromJson(l.substring(l.indexOf("\"data\":") + 7, l.length() - 1)))
                .toList();
        List<HealthScore> expected = HealthReference.scores(
                new HealthReference(VehicleHealthEngine.defaults()).compute(readings, List.of()));
        assertThat(expected).isNotEmpty();
        assertThat(scores).startsWith(expected.toArray(HealthScore[]::new));
        assertThat(scores.subList(expected.size(), scores.size())).as("the last interval, closed by end of input")
                .isNotEmpty().allSatisfy(s -> assertThat(s.computedAt()).isEqualTo(T0.plusSeconds(100)));
        List<Alert> expectedAlerts = HealthReference.alerts(
                new HealthReference(VehicleHealthEngine.defaults()).compute(readings, List.of()));
        assertThat(expectedAlerts).extracting(Alert::rule).containsExactly("overheating"); // coolant reaches 113 degC
        assertThat(raised(out)).isEqualTo(expectedAlerts);
        assertThat(run.stderr).contains("190 readings, 1 vehicle(s)").contains("alerts raised: 1")
                .contains("overheating");
    }

    @Test
    void shouldRaiseNothingOnAnUntouchedRealTripAndTheRightAlertWithAFaultInjected(@TempDir Path dir)
            throws Exception {
        Path trip = REAL_TRIPS.resolve("carobd-toyota-etios/drive1.csv");
        assumeTrue(Files.isRegularFile(trip), "the real trips are not on this machine: " + trip.toAbsolutePath());

        Run untouched = run(trip.toString(), "--format", "carobd", "--out", dir.resolve("a.jsonl").toString());
        assertThat(untouched.exit).as(untouched.stderr).isZero();
        assertThat(raised(dir.resolve("a.jsonl"))).isEmpty();
        assertThat(untouched.stderr).contains("alerts raised: 0");

        Run faulty = run(trip.toString(), "--format", "CAROBD", "--inject", "FAILING_ALTERNATOR",
                "--out", dir.resolve("b.jsonl").toString());
        assertThat(faulty.exit).as(faulty.stderr).isZero();
        assertThat(raised(dir.resolve("b.jsonl"))).extracting(Alert::rule)
                .containsAnyElementsOf(FaultType.FAILING_ALTERNATOR.detectingRules());
        assertThat(faulty.stderr).contains("fault injected: FAILING_ALTERNATOR");
    }

    @Test
    void shouldRefuseAnUndecodableLineWithItsNumber(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("bad.jsonl");
        Files.write(input, List.of(Events.OBD_READING.toJson(
                new ObdReading(VIN, "ENGINE_RPM", 800, "rpm", T0, "c", 0)), "{not json"));

        Run run = run(input.toString());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.stderr).contains("line 2").doesNotContain("\tat ");
    }

    private static List<Alert> raised(Path out) throws Exception {
        return Files.readAllLines(out).stream().filter(l -> l.startsWith("{\"type\":\"alert\""))
                .map(l -> Events.ALERT.fromJson(l.substring(l.indexOf("\"data\":") + 7, l.length() - 1)))
                .filter(a -> a.state() == AlertState.RAISED).toList();
    }

    private record Run(int exit, String stdout, String stderr) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ReplayCommand.commandLine(new ReplayCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
