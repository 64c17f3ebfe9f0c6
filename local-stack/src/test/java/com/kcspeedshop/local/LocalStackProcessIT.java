package com.kcspeedshop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kcspeedshop.infra.Ports;
import com.kcspeedshop.infra.postgres.EmbeddedPostgresServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as people run it: its own JVM, killed without warning (kill -9), started again on the same data folder,
 * then stopped with SIGTERM as Ctrl-C would.
 */
class LocalStackProcessIT {

    @TempDir
    Path workDir;

    private final List<Process> launched = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        launched.forEach(Process::destroyForcibly);
        if (Files.exists(workDir.resolve("data/postgres/postmaster.pid"))) {
            // a failed run may leave the killed launcher's PostgreSQL behind: starting on its folder stops it
            EmbeddedPostgresServer.start(workDir.resolve("data/postgres"), 0).close();
        }
    }

    @Test
    void windowsSurviveAKillMinus9AndTheNextStartCarriesOnThenSigtermStopsEverything() throws Exception {
        int http = Ports.freePort();
        int kafka = Ports.freePort();
        int controller = Ports.freePort();
        int postgres = Ports.freePort();
        String url = "jdbc:postgresql://localhost:" + postgres + "/" + LocalStack.DATABASE;

        Process first = launch("first.log", http, kafka, controller, postgres);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(windowKeys(url)).hasSizeGreaterThan(4));
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        Set<String> beforeKill = windowKeys(url); // the orphaned PostgreSQL still answers

        Process second = launch("second.log", http, kafka, controller, postgres);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(log("second.log")).contains("KC Speedshop is running"));
        assertThat(log("second.log")).contains("left running", "resuming from");
        assertThat(windowKeys(url)).containsAll(beforeKill);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(windowKeys(url)).hasSizeGreaterThan(beforeKill.size()));

        second.destroy(); // SIGTERM, as Ctrl-C: the shutdown hook stops every piece
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("the launcher exits after SIGTERM").isTrue();
        assertThat(log("second.log")).contains("Stopping KC Speedshop", "PostgreSQL on port " + postgres + " stopped");
        assertThat(workDir.resolve("data/postgres/postmaster.pid")).as("no PostgreSQL left running").doesNotExist();
    }

    private Process launch(String logName, int http, int kafka, int controller, int postgres) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the launcher's own logging (INFO for our classes), not the tests' logback-test.xml on the same class path
        List<String> command = List.of(java, "-Xmx1g", "-Dlogback.configurationFile=logback.xml",
                "-cp", System.getProperty("java.class.path"),
                LocalStackCommand.class.getName(), "--data-dir", workDir.resolve("data").toString(),
                "--http-port", String.valueOf(http), "--kafka-port", String.valueOf(kafka),
                "--kafka-controller-port", String.valueOf(controller), "--postgres-port", String.valueOf(postgres),
                "--flink-ui-port", "0", "--vehicles", "2", "--checkpoint-interval", "2s");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workDir.resolve(logName).toFile()).start();
        launched.add(process);
        return process;
    }

    private String log(String name) throws Exception {
        File file = workDir.resolve(name).toFile();
        return file.exists() ? Files.readString(file.toPath()) : "";
    }

    private static Set<String> windowKeys(String url) throws Exception {
        Set<String> keys = new HashSet<>();
        try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT vin, signal, window_start FROM signal_window")) {
            while (rs.next()) {
                keys.add(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getTimestamp(3).toInstant());
            }
        } catch (java.sql.SQLException e) {
            return Set.of(); // not up yet, or the schema is not migrated yet
        }
        return keys;
    }
}
