package com.kcspeedshop.collector.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code kcs-collector run} in its own JVM, as people run it: killed with -9 or stopped with SIGTERM (Ctrl-C). */
final class CollectorProcess {

    private final Process process;
    private final Path log;

    private CollectorProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static CollectorProcess start(Path log, String... runArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CollectorCli.class.getName(), "run"));
        command.addAll(List.of(runArgs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new CollectorProcess(process, log);
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Waits until the output contains {@code text}; fails with the output when it does not in time. */
    void awaitOutput(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(text)) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new AssertionError("collector did not print '" + text + "'; output:\n" + output());
            }
            Thread.sleep(100);
        }
    }

    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
    }

    /** SIGTERM, as Ctrl-C; returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("collector did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    /** Waits for a run with --duration to end by itself; returns the exit code. */
    int awaitExit(Duration timeout) throws InterruptedException, IOException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("collector still running after " + timeout + "; output:\n" + output());
        }
        return process.exitValue();
    }

    void killIfAlive() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
