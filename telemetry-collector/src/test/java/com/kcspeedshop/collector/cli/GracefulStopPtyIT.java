package com.kcspeedshop.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.kcspeedshop.collector.elm327.emulator.EmulatorSettings;
import com.kcspeedshop.collector.obd.PidCatalog;
import com.kcspeedshop.collector.publish.journal.JournalSettings;
import com.kcspeedshop.collector.publish.journal.ReadingJournal;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.infra.SharedInfrastructure;
import com.kcspeedshop.infra.kafka.EmbeddedKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A graceful stop of {@code run} on a serial adapter (a socat pty pair), driven in-process through the command's stop
 * hook, the one Ctrl-C and SIGTERM run: every reading the car served while polling is in Kafka afterwards, the
 * journal is empty and released, and the command reports done with exit code 0. Skipped without socat.
 */
class GracefulStopPtyIT {

    /** The session's multi-PID probe at connect asks for RPM and speed; those answers are not readings. */
    private static final Set<Integer> PROBED_PIDS = Set.of(0x0C, 0x0D);

    @TempDir
    Path dir;
    private PtyCar car;

    @BeforeEach
    void plugIn() throws Exception {
        assumeTrue(PtyCar.socatInstalled(), "socat is not installed: install it (apt-get install -y socat) to run "
                + "the pseudo-terminal tests; .ci/run must install it");
        car = new PtyCar(dir, EmulatorSettings.defaults());
        car.plugIn();
    }

    @AfterEach
    void unplug() throws InterruptedException {
        if (car != null) {
            car.close();
        }
    }

    @Test
    void shouldLoseNoServedReadingOnAGracefulStop() throws Exception {
        EmbeddedKafka kafka = SharedInfrastructure.kafka();
        String topic = "graceful-stop-" + UUID.randomUUID();
        kafka.createTopics(1, topic, com.kcspeedshop.collector.publish.FingerprintPublisher.TOPIC);
        CommandLine cli = CollectorCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        RunCommand run = cli.getSubcommands().get("run").getCommand();
        Path journal = dir.resolve("journal");

        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute("run",
                "--port", car.collectorEnd().toString(), "--baud", "38400",
                "--bootstrap-servers", kafka.bootstrapServers(), "--topic", topic,
                "--journal-dir", journal.toString(), "--source-id", "graceful", "--status-interval", "1s"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!out.toString().contains("polling") && !exit.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(out.toString()).as("stderr: %s", err).contains("polling");
        Thread.sleep(3_000); // polls a few hundred PIDs

        // what the shutdown hook does on Ctrl-C / SIGTERM; this returns only once the command released everything
        assertThat(run.requestStop(RunCommand.SHUTDOWN_WAIT)).as("finished within the shutdown bound").isTrue();
        assertThat(exit.get(5, TimeUnit.SECONDS)).as("stdout: %s%nstderr: %s", out, err).isZero();
        assertThat(out.toString()).contains("done: ", "send errors 0, pending 0");

        List<ObdReading> readings = KafkaTopics.readings(kafka.bootstrapServers(), topic);
        assertEveryServedReadingArrived(readings);
        // the journal was closed (its lock released) with nothing left to send
        try (ReadingJournal reopened = ReadingJournal.open(JournalSettings.of(journal))) {
            assertThat(reopened.recovery().backlog()).isZero();
        }
    }

    /** Exactly: per PID, the engine ECU's readings equal the car's served answers, less the one connect probe. */
    private void assertEveryServedReadingArrived(List<ObdReading> readings) {
        int compared = 0;
        for (Map.Entry<String, Long> entry : car.emulator().servedCounts().entrySet()) {
            int pid = Integer.parseInt(entry.getKey().substring(3), 16);
            if (!entry.getKey().startsWith("01 ") || PidCatalog.isBitmap(pid)) {
                continue;
            }
            long expected = entry.getValue() - (PROBED_PIDS.contains(pid) ? 1 : 0);
            for (String signal : PidCatalog.signals(pid)) {
                long arrived = readings.stream().filter(r -> r.signal().equals(signal) && "7E8".equals(r.ecu()))
                        .map(ObdReading::sequence).distinct().count();
                assertThat(arrived).as("%s (PID %02X)", signal, pid).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).as("signals compared").isGreaterThanOrEqualTo(8);
    }
}
