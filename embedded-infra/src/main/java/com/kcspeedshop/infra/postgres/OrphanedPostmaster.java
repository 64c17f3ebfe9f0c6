package com.kcspeedshop.infra.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a kill -9 of the JVM the postmaster keeps running, holding the port and the data folder; the embedded starter
 * would silently adopt it with its old settings (STACK.md). We stop such an orphan before starting our own server.
 */
final class OrphanedPostmaster {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        pid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).filter(OrphanedPostmaster::isPostgres)
                .ifPresent(process -> stop(process, pidFile));
    }

    private static Optional<Long> pid(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            // a stale or torn pid file: PostgreSQL itself copes with it at start-up
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
    }

    private static void stop(ProcessHandle process, Path pidFile) {
        LOG.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", process.pid(), pidFile.getParent());
        process.destroy(); // SIGTERM: a smart shutdown; its clients died with the old JVM
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (Files.exists(pidFile) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (Files.exists(pidFile)) {
            throw new IllegalStateException("PostgreSQL pid " + process.pid() + " from an earlier run did not stop; "
                    + "stop it by hand and remove " + pidFile);
        }
    }
}
